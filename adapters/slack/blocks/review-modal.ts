import { INPUT_CATALOGUE, INPUT_GROUPS, inputSpec } from '../../../src/review/input-catalogue.js';
import type { InputKey } from '../../../src/review/stream-description.js';
import { VIEW } from '../ids.js';
import { inputBlocks } from './inputs.js';
import { context, header, type Block, type ModalView } from './kit.js';
import { LIMITS } from './limits.js';
import { plain } from './text.js';

/**
 * The form of `/ingest-review`: every input of the spec, grouped, choices as selects, each
 * with its help. `initial` pre-fills it (a stream from the registry, a draft).
 */
export function reviewModal(initial: Readonly<Record<string, unknown>>, privateMetadata: string): ModalView {
  const blocks: Block[] = [context('Describe the Data Stream and the checklist applies the ingestion style guide to it. Only the stream name, connector, category and refresh mode are required; a rule that needs an input you leave out says so.')];
  for (const group of INPUT_GROUPS) {
    blocks.push(header(group));
    for (const spec of INPUT_CATALOGUE.filter((s) => s.group === group)) blocks.push(...inputBlocks(spec, initial[spec.key]));
  }
  return {
    type: 'modal',
    callback_id: VIEW.review,
    title: plain('Review a Data Stream', LIMITS.modalTitle),
    submit: plain('Review', LIMITS.modalButton),
    close: plain('Cancel', LIMITS.modalButton),
    private_metadata: privateMetadata,
    blocks: blocks.slice(0, LIMITS.modalBlocks),
  };
}

/** A one-question form: the follow-up for an input that is not a simple choice. */
export function inputModal(key: InputKey, question: string, privateMetadata: string): ModalView {
  return {
    type: 'modal',
    callback_id: VIEW.reviewInput,
    title: plain('Review a Data Stream', LIMITS.modalTitle),
    submit: plain('Next', LIMITS.modalButton),
    close: plain('Cancel', LIMITS.modalButton),
    private_metadata: privateMetadata,
    blocks: [context(question), ...inputBlocks({ ...inputSpec(key), required: true }, undefined)],
  };
}

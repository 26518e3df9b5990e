import { LIMITS } from '../../../adapters/slack/blocks/limits.js';

type Json = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'object' && value !== null ? String((value as Json).text ?? '') : '');

/** Every Block Kit limit the renderers promise to keep, as a list of violations (empty when fine). */
export function blockProblems(blocks: readonly unknown[], kind: 'message' | 'modal' = 'message'): string[] {
  const problems: string[] = [];
  const max = kind === 'message' ? LIMITS.messageBlocks : LIMITS.modalBlocks;
  if (blocks.length > max) problems.push(`${blocks.length} blocks > ${max}`);
  const blockIds = new Set<string>();
  blocks.forEach((raw, i) => {
    const block = raw as Json;
    const where = `block ${i} (${String(block.type)})`;
    if (typeof block.block_id === 'string') {
      if (blockIds.has(block.block_id)) problems.push(`${where}: duplicate block_id ${block.block_id}`);
      blockIds.add(block.block_id);
      if (block.block_id.length > LIMITS.id) problems.push(`${where}: block_id too long`);
    }
    if (block.type === 'section' && text(block.text).length > LIMITS.sectionText) problems.push(`${where}: text ${text(block.text).length} > ${LIMITS.sectionText}`);
    if (block.type === 'section' && text(block.text).trim() === '') problems.push(`${where}: empty text`);
    if (block.type === 'header' && text(block.text).length > LIMITS.headerText) problems.push(`${where}: header too long`);
    const elements = (block.elements as Json[] | undefined) ?? [];
    if (block.type === 'context' && elements.length > LIMITS.contextElements) problems.push(`${where}: ${elements.length} context elements`);
    if (block.type === 'context') for (const e of elements) if (text(e).length > LIMITS.sectionText) problems.push(`${where}: context text too long`);
    if (block.type === 'actions' && elements.length > LIMITS.actionsElements) problems.push(`${where}: ${elements.length} actions`);
    const actionIds = new Set<string>();
    for (const element of [...elements, ...(block.element ? [block.element as Json] : []), ...(block.accessory ? [block.accessory as Json] : [])]) {
      problems.push(...elementProblems(element, where));
      if (typeof element.action_id === 'string') {
        if (actionIds.has(element.action_id)) problems.push(`${where}: duplicate action_id ${element.action_id}`);
        actionIds.add(element.action_id);
      }
    }
    if (block.type === 'input' && text(block.label).length > LIMITS.inputLabel) problems.push(`${where}: label too long`);
    if (block.type === 'input' && text(block.hint).length > LIMITS.hint) problems.push(`${where}: hint too long`);
  });
  return problems;
}

function elementProblems(element: Json, where: string): string[] {
  const problems: string[] = [];
  if (typeof element.action_id === 'string' && element.action_id.length > LIMITS.id) problems.push(`${where}: action_id too long`);
  if (element.type === 'button') {
    if (text(element.text).length > LIMITS.buttonText) problems.push(`${where}: button text ${text(element.text).length} > ${LIMITS.buttonText}`);
    if (typeof element.value === 'string' && element.value.length > LIMITS.buttonValue) problems.push(`${where}: button value too long`);
  }
  const options = (element.options as Json[] | undefined) ?? [];
  if (options.length > LIMITS.selectOptions) problems.push(`${where}: ${options.length} options`);
  for (const option of options) {
    if (text(option.text).length > LIMITS.optionText) problems.push(`${where}: option text too long`);
    if (String(option.value ?? '').length > LIMITS.optionValue) problems.push(`${where}: option value too long`);
  }
  if (text(element.placeholder).length > LIMITS.placeholder) problems.push(`${where}: placeholder too long`);
  return problems;
}

export function viewProblems(view: Json): string[] {
  const problems = blockProblems(view.blocks as unknown[], 'modal');
  for (const key of ['title', 'submit', 'close']) if (text(view[key]).length > LIMITS.modalTitle) problems.push(`${key} longer than ${LIMITS.modalTitle}`);
  if (String(view.private_metadata ?? '').length > LIMITS.privateMetadata) problems.push('private_metadata too long');
  return problems;
}

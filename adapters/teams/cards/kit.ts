/**
 * The part of Adaptive Cards 1.5 the advisor writes (adaptivecards.io/explorer), typed so a
 * renderer cannot produce an element or property Teams does not know.
 */
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';
export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap?: boolean;
  weight?: 'Bolder' | 'Default';
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  color?: TextColor;
  isSubtle?: boolean;
  spacing?: Spacing;
  separator?: boolean;
  style?: 'heading' | 'default';
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
  spacing?: Spacing;
  separator?: boolean;
  /** The whole container is a button. */
  selectAction?: ExecuteAction;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export interface Choice {
  title: string;
  value: string;
}

interface InputBase {
  id: string;
  label?: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  value?: string;
  placeholder?: string;
  maxLength?: number;
}

export interface NumberInput extends InputBase {
  type: 'Input.Number';
  value?: number;
  placeholder?: string;
  min?: number;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: Choice[];
  value?: string;
  placeholder?: string;
  style?: 'compact' | 'expanded' | 'filtered';
  isMultiSelect?: boolean;
}

export type CardInput = TextInput | NumberInput | ChoiceSetInput;
export type CardElement = TextBlock | Container | ActionSet | CardInput;

/** Every button is a Universal Action; `data.verb` repeats the verb so Action.Submit clients route it too. */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style?: 'default' | 'positive' | 'destructive';
  /** `none`: the click sends no input values and never stops on a required field. */
  associatedInputs?: 'auto' | 'none';
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = ExecuteAction | OpenUrlAction;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  fallbackText?: string;
  /** Teams: use the conversation's full width (checklists and forms are wide). */
  msteams?: { width: 'Full' };
}

export const SCHEMA_URL = 'http://adaptivecards.io/schemas/adaptive-card.json';

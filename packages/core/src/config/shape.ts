// A small JSON-Schema subset describing `.bulkhead.yml` keys that are not options
// (custom rule lists, allow-lists...). It both validates loaded values and becomes JSON Schema.

interface ShapeBase {
  readonly description?: string;
}

export interface StringShape extends ShapeBase {
  readonly type: 'string';
  readonly enum?: readonly string[];
}

export interface NumberShape extends ShapeBase {
  readonly type: 'number';
  readonly integer?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
}

export interface BooleanShape extends ShapeBase {
  readonly type: 'boolean';
}

export interface ArrayShape extends ShapeBase {
  readonly type: 'array';
  readonly items: ConfigShape;
}

export interface ObjectShape extends ShapeBase {
  readonly type: 'object';
  readonly properties: Readonly<Record<string, ConfigShape>>;
  readonly required?: readonly string[];
}

export type ConfigShape = StringShape | NumberShape | BooleanShape | ArrayShape | ObjectShape;

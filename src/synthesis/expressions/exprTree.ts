// Expression trees over + - * / pow sqrt exp log sin cos with variables and coded constants (Schmidt & Lipson 2009, Science 324).
import { choiceLength } from "../score/integerLength.js";
import type { CodedConstant } from "./constantLength.js";

export const UNARY_OPS = ["sin", "cos", "exp", "log", "sqrt"] as const;
export const BINARY_OPS = ["+", "-", "*", "/", "pow"] as const;
export type UnaryOp = (typeof UNARY_OPS)[number];
export type BinaryOp = (typeof BINARY_OPS)[number];

export type Expr =
  | { readonly kind: "var"; readonly index: number }
  | { readonly kind: "const"; readonly constant: CodedConstant }
  | { readonly kind: "unary"; readonly op: UnaryOp; readonly arg: Expr }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr };

/** Number of nodes. */
export function exprSize(e: Expr): number {
  switch (e.kind) {
    case "var":
    case "const":
      return 1;
    case "unary":
      return 1 + exprSize(e.arg);
    case "binary":
      return 1 + exprSize(e.left) + exprSize(e.right);
  }
}

/**
 * Description length in bits: each node names its kind among the variables, "constant" and the operators
 * (log2(variables + 1 + 10) bits), and each constant adds its own code.
 */
export function exprLength(e: Expr, variables: number): number {
  const node = choiceLength(variables + 1 + UNARY_OPS.length + BINARY_OPS.length);
  const walk = (x: Expr): number => {
    switch (x.kind) {
      case "var":
        return node;
      case "const":
        return node + x.constant.length;
      case "unary":
        return node + walk(x.arg);
      case "binary":
        return node + walk(x.left) + walk(x.right);
    }
  };
  return walk(e);
}

const PRECEDENCE: Record<BinaryOp, number> = { "+": 1, "-": 1, "*": 2, "/": 2, pow: 3 };

/** Plain infix text over the given variable names, parseable by mathjs (pow written as ^). */
export function exprToString(e: Expr, names: readonly string[]): string {
  const walk = (x: Expr, wrap: (p: number) => boolean): string => {
    switch (x.kind) {
      case "var":
        return names[x.index] ?? `x${x.index + 1}`;
      case "const": {
        const t = x.constant.text;
        return /^-|[/*]/.test(t) && wrap(0) ? `(${t})` : t;
      }
      case "unary":
        return `${x.op}(${walk(x.arg, () => false)})`;
      case "binary": {
        const p = PRECEDENCE[x.op];
        const sym = x.op === "pow" ? "^" : x.op;
        const strictRight = x.op === "-" || x.op === "/" || x.op === "pow";
        const left = walk(x.left, (c) => c < p || (x.op === "pow" && c <= p));
        const right = walk(x.right, (c) => c < p || (strictRight && c <= p));
        const text = `${left} ${sym} ${right}`;
        return wrap(p) ? `(${text})` : text;
      }
    }
  };
  return walk(e, () => false);
}

/** f(x) elementwise into out; NaN or Infinity where undefined (never throws). */
export function applyUnary(op: UnaryOp, a: Float64Array, out: Float64Array): void {
  const n = out.length;
  switch (op) {
    case "sin":
      for (let i = 0; i < n; i++) out[i] = Math.sin(a[i]!);
      return;
    case "cos":
      for (let i = 0; i < n; i++) out[i] = Math.cos(a[i]!);
      return;
    case "exp":
      for (let i = 0; i < n; i++) out[i] = Math.exp(a[i]!);
      return;
    case "log":
      for (let i = 0; i < n; i++) out[i] = a[i]! > 0 ? Math.log(a[i]!) : Number.NaN;
      return;
    case "sqrt":
      for (let i = 0; i < n; i++) out[i] = a[i]! >= 0 ? Math.sqrt(a[i]!) : Number.NaN;
      return;
  }
}

/** a op b elementwise into out. */
export function applyBinary(op: BinaryOp, a: Float64Array, b: Float64Array, out: Float64Array): void {
  const n = out.length;
  switch (op) {
    case "+":
      for (let i = 0; i < n; i++) out[i] = a[i]! + b[i]!;
      return;
    case "-":
      for (let i = 0; i < n; i++) out[i] = a[i]! - b[i]!;
      return;
    case "*":
      for (let i = 0; i < n; i++) out[i] = a[i]! * b[i]!;
      return;
    case "/":
      for (let i = 0; i < n; i++) out[i] = b[i] === 0 ? Number.NaN : a[i]! / b[i]!;
      return;
    case "pow":
      for (let i = 0; i < n; i++) out[i] = a[i]! ** b[i]!;
      return;
  }
}

/** The expression on n rows of the given columns (a NaN where undefined). */
export function evaluateExpr(e: Expr, columns: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  switch (e.kind) {
    case "var": {
      const c = columns[e.index];
      if (c) out.set(c.subarray(0, n));
      else out.fill(Number.NaN);
      return out;
    }
    case "const":
      return out.fill(e.constant.value);
    case "unary":
      applyUnary(e.op, evaluateExpr(e.arg, columns, n), out);
      return out;
    case "binary":
      applyBinary(e.op, evaluateExpr(e.left, columns, n), evaluateExpr(e.right, columns, n), out);
      return out;
  }
}

/** The constants of a tree in depth-first order. */
export function exprConstants(e: Expr): CodedConstant[] {
  switch (e.kind) {
    case "var":
      return [];
    case "const":
      return [e.constant];
    case "unary":
      return exprConstants(e.arg);
    case "binary":
      return [...exprConstants(e.left), ...exprConstants(e.right)];
  }
}

/** The tree with its constants replaced, in depth-first order. */
export function replaceConstants(e: Expr, constants: readonly CodedConstant[]): Expr {
  let i = 0;
  const walk = (x: Expr): Expr => {
    switch (x.kind) {
      case "var":
        return x;
      case "const":
        return { kind: "const", constant: constants[i++] ?? x.constant };
      case "unary":
        return { kind: "unary", op: x.op, arg: walk(x.arg) };
      case "binary":
        return { kind: "binary", op: x.op, left: walk(x.left), right: walk(x.right) };
    }
  };
  return walk(e);
}

// The two `node:os` functions the Node.js defaults read (the user agent's OS section), declared here so
// that the package builds without @types/node (its declarations never name Node.js types).
declare module "node:os" {
  export function platform(): string;
  export function release(): string;
}

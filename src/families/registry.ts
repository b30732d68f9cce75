// Every model family the loop can train, keyed by `model.family`. Adding a family is one line here.
import { Registry } from "../core/registry.js";
import { bernoulliFamily } from "./discrete/bernoulli.js";
import { categoricalFamily } from "./discrete/categorical.js";
import { zipfFamily } from "./discrete/zipf.js";
import type { Family } from "./family.js";
import { gaussianFamily } from "./gaussian/gaussian.js";
import { gmmFamily } from "./gmm/gmm.js";
import { neuralFamily } from "./lm/neural/neural.js";
import { ngramFamily } from "./lm/ngram/ngram.js";
import { mvgaussianFamily } from "./mvgaussian/mvgaussian.js";
import { poissonFamily } from "./poisson/poisson.js";
import { programFamily } from "./program/programFamily.js";
import { answerPolicyFamily } from "./verified/answerPolicy.js";
import { gaussianPolicyFamily } from "./verified/gaussianPolicy.js";

export const families = new Registry<Family<never, never>>("model family");

for (const family of [
  categoricalFamily,
  bernoulliFamily,
  zipfFamily,
  gaussianFamily,
  poissonFamily,
  mvgaussianFamily,
  gmmFamily,
  ngramFamily,
  neuralFamily,
  answerPolicyFamily,
  gaussianPolicyFamily,
  programFamily,
]) {
  families.register(family.name, family as unknown as Family<never, never>);
}

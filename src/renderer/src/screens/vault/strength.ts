/** A passphrase's strength: 0 (very weak) to 4 (very strong), with advice in words. */
export interface Strength {
  score: 0 | 1 | 2 | 3 | 4;
  label: string;
  advice: string;
}

const LABELS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const;

let ready: Promise<(pw: string) => Strength> | null = null;

/** Loads the strength estimator (zxcvbn-ts with its dictionaries) once, on demand. */
export function loadStrength(): Promise<(pw: string) => Strength> {
  ready ??= (async () => {
    const [{ ZxcvbnFactory }, common, en] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-en'),
    ]);
    const factory = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      translations: en.translations,
    });
    return (pw: string): Strength => {
      const r = factory.check(pw);
      const score = r.score as Strength['score'];
      const advice =
        r.feedback.warning ||
        r.feedback.suggestions[0] ||
        (score >= 3
          ? 'Good. Keep it somewhere only you can reach.'
          : 'Add more words or characters.');
      return { score, label: LABELS[score], advice };
    };
  })();
  return ready;
}

import math


class Solution:
    # Ranks the vocabulary by repeatedly scanning for the best remaining token: V^2 per step.
    def sampleTokens(self, logits, temperature, topK, topP, draws):
        picks = []
        for row, u in zip(logits, draws):
            left, ranked = set(range(len(row))), []
            while left:
                best = min(left, key=lambda i: (-row[i], i))
                left.remove(best)
                ranked.append(best)
            if temperature == 0:
                picks.append(ranked[0])
                continue
            if topK > 0:
                ranked = ranked[:topK]
            top = row[ranked[0]] / temperature
            weights = [math.exp(row[i] / temperature - top) for i in ranked]
            total = sum(weights)
            probs = [w / total for w in weights]
            kept, cumulative = 0, 0.0
            while kept < len(probs) and (kept == 0 or cumulative < topP):
                cumulative += probs[kept]
                kept += 1
            chosen, running = ranked[kept - 1], 0.0
            for i in range(kept):
                running += probs[i] / cumulative
                if u < running:
                    chosen = ranked[i]
                    break
            picks.append(chosen)
        return picks

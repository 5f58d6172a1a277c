import math


class Solution:
    # Keeps tokens only while the cumulative probability stays <= topP: drops the token that crosses it.
    def sampleTokens(self, logits, temperature, topK, topP, draws):
        picks = []
        for row, u in zip(logits, draws):
            ranked = sorted(range(len(row)), key=lambda i: (-row[i], i))
            if temperature == 0:
                picks.append(ranked[0])
                continue
            if topK > 0:
                ranked = ranked[:topK]
            top = row[ranked[0]] / temperature
            weights = [math.exp(row[i] / temperature - top) for i in ranked]
            total = sum(weights)
            probs = [w / total for w in weights]
            kept, cumulative = 1, probs[0]
            while kept < len(probs) and cumulative + probs[kept] <= topP:
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

package dev.boucle.interviews.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The leniency fit's data as index arrays: interviewers (all of them, sorted), the shared candidates
 * (seen by two or more different interviewers), their scorecards, and the groups of interviewers
 * linked by shared candidates. Arrays rather than maps because the fit sweeps them many times.
 *
 * <p>Internal to the package; the arrays are built once and never changed.
 */
record PanelDesign(String[] interviewers, int[] totalByInterviewer, int[] candidateOf, int[] interviewerOf,
        double[] score, int[][] byCandidate, int[][] byInterviewer, int[][] components) {

    /** @param ratings sorted by scorecard id */
    static PanelDesign of(List<Rating> ratings) {
        TreeMap<String, Integer> interviewerIndex = new TreeMap<>();
        TreeMap<String, List<Rating>> byCandidateId = new TreeMap<>();
        for (Rating r : ratings) {
            interviewerIndex.put(r.interviewerId(), 0);
            byCandidateId.computeIfAbsent(r.candidateId(), k -> new ArrayList<>()).add(r);
        }
        String[] interviewers = interviewerIndex.keySet().toArray(String[]::new);
        for (int j = 0; j < interviewers.length; j++) {
            interviewerIndex.put(interviewers[j], j);
        }
        int[] total = new int[interviewers.length];
        for (Rating r : ratings) {
            total[interviewerIndex.get(r.interviewerId())]++;
        }

        List<Integer> candOf = new ArrayList<>();
        List<Integer> intvOf = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<int[]> byCandidate = new ArrayList<>();
        for (List<Rating> seen : byCandidateId.values()) {
            TreeSet<String> distinct = new TreeSet<>();
            seen.forEach(r -> distinct.add(r.interviewerId()));
            if (distinct.size() < 2) {
                continue;
            }
            int c = byCandidate.size();
            int[] rows = new int[seen.size()];
            for (int i = 0; i < seen.size(); i++) {
                rows[i] = scores.size();
                candOf.add(c);
                intvOf.add(interviewerIndex.get(seen.get(i).interviewerId()));
                scores.add(seen.get(i).score());
            }
            byCandidate.add(rows);
        }
        int[] candidateOf = candOf.stream().mapToInt(Integer::intValue).toArray();
        int[] interviewerOf = intvOf.stream().mapToInt(Integer::intValue).toArray();
        double[] score = scores.stream().mapToDouble(Double::doubleValue).toArray();

        List<List<Integer>> rowsOfInterviewer = new ArrayList<>();
        for (int j = 0; j < interviewers.length; j++) {
            rowsOfInterviewer.add(new ArrayList<>());
        }
        for (int r = 0; r < score.length; r++) {
            rowsOfInterviewer.get(interviewerOf[r]).add(r);
        }
        int[][] byInterviewer = rowsOfInterviewer.stream()
                .map(rows -> rows.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);

        int[][] components = components(byCandidate.size(), interviewers.length, candidateOf, interviewerOf,
                byInterviewer);
        return new PanelDesign(interviewers, total, candidateOf, interviewerOf, score,
                byCandidate.toArray(int[][]::new), byInterviewer, components);
    }

    /** Union-find over candidates (0..C-1) and interviewers (C..C+J-1) joined by scorecards. */
    private static int[][] components(int candidates, int interviewers, int[] candidateOf, int[] interviewerOf,
            int[][] byInterviewer) {
        int[] parent = new int[candidates + interviewers];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < candidateOf.length; r++) {
            int x = root(parent, candidateOf[r]);
            int z = root(parent, candidates + interviewerOf[r]);
            if (x != z) {
                parent[Math.max(x, z)] = Math.min(x, z);
            }
        }
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int j = 0; j < interviewers; j++) {
            if (byInterviewer[j].length > 0) {
                byRoot.computeIfAbsent(root(parent, candidates + j), k -> new ArrayList<>()).add(j);
            }
        }
        return byRoot.values().stream()
                .map(members -> members.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
    }

    private static int root(int[] parent, int node) {
        while (parent[node] != node) {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        return node;
    }
}

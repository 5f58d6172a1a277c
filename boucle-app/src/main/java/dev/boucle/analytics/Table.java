package dev.boucle.analytics;

import java.util.List;

/** A report as rows under a header: what its CSV holds (null cells are withheld figures, left empty). */
record Table(List<String> header, List<List<Object>> rows) {}

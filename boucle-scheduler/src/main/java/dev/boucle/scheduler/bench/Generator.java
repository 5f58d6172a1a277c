package dev.boucle.scheduler.bench;

import dev.boucle.scheduler.Instance;
import dev.boucle.scheduler.Interval;
import dev.boucle.scheduler.InterviewerSpec;
import dev.boucle.scheduler.LoopSpec;
import dev.boucle.scheduler.RoundSpec;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic instances, reproducible from a seed: offices in Paris, London, New York and San
 * Francisco; a fifth of the loops in French; calendars 30-60 % busy on working days (or as the
 * size says); caps 2-5 a week (3-6 for five-or-six-round loops).
 */
public final class Generator {

    /**
     * The shape of an instance. Availability: {@code days} consecutive weekdays, local hours, cut by
     * a lunch hour (12:00-13:00) when {@code lunch}. Loops have {@code roundsPerLoop} rounds, or one
     * more for half of them when {@code oneMore}. Calendars are {@code busyFrom}-{@code busyTo} busy
     * (shares of the working day); a loop excludes one random interviewer with {@code excludeRate}.
     */
    public record Size(String name, int loops, int roundsPerLoop, int interviewers, int days,
            LocalTime availableFrom, LocalTime availableTo, boolean trainees, boolean oneMore, LocalDate week,
            double busyFrom, double busyTo, double excludeRate, boolean lunch, int capFrom, int capTo) {

        /** The original shape: a fixed number of rounds, the December week, calendars 30-60 % busy. */
        public Size(String name, int loops, int roundsPerLoop, int interviewers, int days,
                LocalTime availableFrom, LocalTime availableTo, boolean trainees) {
            this(name, loops, roundsPerLoop, interviewers, days, availableFrom, availableTo, trainees, false, WEEK,
                    0.3, 0.6, 0.3, false, 2, 5);
        }

        public Size withWeek(String name, LocalDate monday) {
            return new Size(name, loops, roundsPerLoop, interviewers, days, availableFrom, availableTo, trainees, oneMore,
                    monday, busyFrom, busyTo, excludeRate, lunch, capFrom, capTo);
        }

        public Size withBusy(String name, double from, double to) {
            return new Size(name, loops, roundsPerLoop, interviewers, days, availableFrom, availableTo, trainees, oneMore,
                    week, from, to, excludeRate, lunch, capFrom, capTo);
        }

        public Size withLunch(String name, double exclusions) {
            return new Size(name, loops, roundsPerLoop, interviewers, days, availableFrom, availableTo, trainees, oneMore,
                    week, busyFrom, busyTo, exclusions, true, capFrom, capTo);
        }

        /**
         * Five or six rounds a loop, as in issue 15's measurement, and caps of 3 to 6 a week: with
         * 5.5 rounds a loop and caps of 2 to 5, a week of 200 loops for 300 people needs more
         * interviews than the caps allow, and every plan leaves a sixth of the rounds out.
         */
        public Size fiveOrSix() {
            return new Size(name, loops, 5, interviewers, days, availableFrom, availableTo, trainees, true,
                    week, busyFrom, busyTo, excludeRate, lunch, 3, 6);
        }
    }

    static final List<ZoneId> OFFICES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("Europe/London"),
            ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"));
    static final List<String> TYPES = List.of("CODING", "SYSTEM_DESIGN", "RESEARCH", "BEHAVIORAL");
    /** A loop's rounds in order: two coding rounds, then the others (a sixth round is a second design round). */
    static final List<String> LOOP_ROUNDS = List.of("CODING", "SYSTEM_DESIGN", "CODING", "RESEARCH", "BEHAVIORAL", "SYSTEM_DESIGN");
    /** Monday of the default benchmark week (no clock change in Europe or the US that week). */
    static final LocalDate WEEK = LocalDate.of(2026, 12, 7);
    private static final int GRAIN = 15;

    private Generator() {
    }

    public static Instance generate(Size size, long seed) {
        Random random = new Random(seed);
        List<InterviewerSpec> people = new ArrayList<>();
        for (int i = 0; i < size.interviewers(); i++) {
            people.add(interviewer("i" + (i + 1), size, random));
        }
        List<LoopSpec> loops = new ArrayList<>();
        for (int l = 0; l < size.loops(); l++) {
            loops.add(loop("c" + (l + 1), size, people, random));
        }
        return new Instance(GRAIN, people, loops);
    }

    private static InterviewerSpec interviewer(String id, Size size, Random random) {
        ZoneId zone = OFFICES.get(random.nextInt(OFFICES.size()));
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        boolean paris = zone.getId().equals("Europe/Paris");
        if (random.nextDouble() < (paris ? 0.8 : 0.1)) {
            languages.add("fr");
        }
        Set<String> types = new LinkedHashSet<>();
        while (types.size() < 2 + random.nextInt(2)) {
            types.add(TYPES.get(random.nextInt(TYPES.size())));
        }
        LocalTime start = LocalTime.of(8 + random.nextInt(3), 0);
        LocalTime end = start.plusHours(9);
        boolean trainee = size.trainees() && random.nextDouble() < 0.1;
        List<Interval> busy = new ArrayList<>();
        double share = size.busyFrom() + (size.busyTo() - size.busyFrom()) * random.nextDouble();
        for (int d = 0; d < 5; d++) {
            busy.addAll(busyDay(size.week().plusDays(d), zone, start, end, share, random));
        }
        return new InterviewerSpec(id, zone, languages, types, size.capFrom() + random.nextInt(size.capTo() - size.capFrom() + 1), trainee, start, end, busy);
    }

    /** Meetings of 30 to 120 minutes on the hour or half hour until about {@code share} of the day is taken. */
    private static List<Interval> busyDay(LocalDate day, ZoneId zone, LocalTime start, LocalTime end, double share, Random random) {
        int slots = (end.toSecondOfDay() - start.toSecondOfDay()) / 1800;
        boolean[] taken = new boolean[slots];
        int target = (int) Math.round(slots * share);
        int count = 0;
        while (count < target) {
            int at = random.nextInt(slots);
            int length = 1 + random.nextInt(4);
            for (int s = at; s < Math.min(slots, at + length) && count < target; s++) {
                count += taken[s] ? 0 : 1;
                taken[s] = true;
            }
        }
        List<Interval> out = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            if (taken[s]) {
                int e = s;
                while (e < slots && taken[e]) {
                    e++;
                }
                out.add(new Interval(day.atTime(start.plusMinutes(30L * s)).atZone(zone).toInstant(),
                        day.atTime(start.plusMinutes(30L * e)).atZone(zone).toInstant()));
                s = e;
            }
        }
        return out;
    }

    private static LoopSpec loop(String candidate, Size size, List<InterviewerSpec> people, Random random) {
        ZoneId zone = OFFICES.get(random.nextInt(OFFICES.size()));
        String language = random.nextDouble() < 0.2 ? "fr" : "en";
        int firstDay = random.nextInt(5 - size.days() + 1);
        List<Interval> available = new ArrayList<>();
        for (int d = firstDay; d < firstDay + size.days(); d++) {
            LocalDate day = size.week().plusDays(d);
            LocalTime noon = LocalTime.NOON;
            if (size.lunch() && size.availableFrom().isBefore(noon) && size.availableTo().isAfter(noon.plusHours(1))) {
                available.add(new Interval(day.atTime(size.availableFrom()).atZone(zone).toInstant(), day.atTime(noon).atZone(zone).toInstant()));
                available.add(new Interval(day.atTime(noon.plusHours(1)).atZone(zone).toInstant(),
                        day.atTime(size.availableTo()).atZone(zone).toInstant()));
            } else {
                available.add(new Interval(day.atTime(size.availableFrom()).atZone(zone).toInstant(),
                        day.atTime(size.availableTo()).atZone(zone).toInstant()));
            }
        }
        Set<String> excluded = new LinkedHashSet<>();
        if (random.nextDouble() < size.excludeRate()) {
            excluded.add(people.get(random.nextInt(people.size())).id());
        }
        List<RoundSpec> rounds = new ArrayList<>();
        int count = size.roundsPerLoop() + (size.oneMore() && random.nextBoolean() ? 1 : 0);
        for (int r = 0; r < count; r++) {
            String type = LOOP_ROUNDS.get(r % LOOP_ROUNDS.size());
            rounds.add(RoundSpec.of(candidate + "-" + (r + 1), type, type.equals("BEHAVIORAL") ? 45 : 60));
        }
        return new LoopSpec(candidate, zone, language, available, excluded, 15, rounds);
    }
}

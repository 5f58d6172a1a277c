package dev.boucle.offers;

import dev.boucle.hiring.process.HiringProcess;
import dev.boucle.hiring.process.Office;
import dev.boucle.platform.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a bands file against the process in force: every track, level and office
 * must exist there, a band's currency is its office's, ranges are ordered, every office says
 * where it is taxed. Each error names the file, the line and the field.
 */
final class BandFile {

    static final int MAX_CHARS = 512 * 1024;
    private static final Set<String> COUNTRIES = Set.of("FR", "UK", "US");

    private BandFile() {}

    static BandBook parse(String fileName, String yaml, HiringProcess process) {
        YamlNode root = YamlNode.compose(fileName, yaml, MAX_CHARS);
        Map<String, YamlNode> top = root.fields(Set.of("offices", "approvals", "bands"));
        Map<String, TaxResidence> offices = offices(YamlNode.required(root, top, "offices"), process);
        ApprovalPolicy policy = approvals(YamlNode.required(root, top, "approvals"), process);
        List<Band> bands = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode node : YamlNode.required(root, top, "bands").list()) {
            Band band = band(node, process);
            if (!seen.add(band.track() + "/" + band.level() + "/" + band.office())) {
                throw node.error("offers.data.duplicate-band", band.track(), band.level(), band.office());
            }
            bands.add(band);
        }
        return new BandBook(List.copyOf(bands), offices, policy);
    }

    private static Map<String, TaxResidence> offices(YamlNode node, HiringProcess process) {
        Map<String, YamlNode> byOffice = node.fields(keys(process.offices().stream().map(Office::key).toList()));
        Map<String, TaxResidence> out = new LinkedHashMap<>();
        for (Office office : process.offices()) {
            YamlNode entry = YamlNode.required(node, byOffice, office.key());
            Map<String, YamlNode> f = entry.fields(Set.of("country", "region", "state", "city"));
            YamlNode countryNode = YamlNode.required(entry, f, "country");
            String country = countryNode.string();
            if (!COUNTRIES.contains(country)) throw countryNode.error("data.error.not-one-of", country, "FR, UK, US");
            String region = optional(f, "region", Set.of("ENG", "SCT"));
            String state = optional(f, "state", Set.of("CA", "NY"));
            String city = optional(f, "city", Set.of("NYC"));
            if (region != null && !country.equals("UK")) throw f.get("region").error("offers.data.not-for-country", country);
            if ((state != null || city != null) && !country.equals("US")) {
                throw f.get(state != null ? "state" : "city").error("offers.data.not-for-country", country);
            }
            if (city != null && !"NY".equals(state)) throw f.get("city").error("offers.data.city-needs-ny");
            out.put(office.key(), new TaxResidence(country, region, state, city));
        }
        return Map.copyOf(out);
    }

    private static ApprovalPolicy approvals(YamlNode node, HiringProcess process) {
        Map<String, YamlNode> f = node.fields(Set.of("mode", "required", "approvers", "thresholds"));
        ApprovalPolicy.Mode mode = YamlNode.required(node, f, "mode").enumValue(ApprovalPolicy.Mode.class);
        List<ApprovalPolicy.Approver> approvers = new ArrayList<>();
        for (YamlNode a : YamlNode.required(node, f, "approvers").list()) approvers.add(approver(a));
        if (approvers.isEmpty()) throw f.get("approvers").error("data.error.empty-list");
        int required = f.containsKey("required") ? f.get("required").integer(1, approvers.size()) : approvers.size();
        Map<String, BigDecimal> thresholds = new LinkedHashMap<>();
        if (f.containsKey("thresholds")) {
            Set<String> currencies = new HashSet<>();
            process.offices().forEach(o -> currencies.add(o.currency().getCurrencyCode()));
            f.get("thresholds").fields(currencies).forEach((currency, amount) -> thresholds.put(currency, amount(amount)));
        }
        return new ApprovalPolicy(mode, mode == ApprovalPolicy.Mode.IN_ORDER ? approvers.size() : required,
                List.copyOf(approvers), Map.copyOf(thresholds));
    }

    private static ApprovalPolicy.Approver approver(YamlNode node) {
        Map<String, YamlNode> f = node.fields(Set.of("who", "role", "email"));
        if (f.size() != 1) throw node.error("offers.data.one-approver");
        if (f.containsKey("who")) {
            String who = f.get("who").string();
            if (!who.equals("hiring-manager")) throw f.get("who").error("data.error.not-one-of", who, "hiring-manager");
            return new ApprovalPolicy.Approver.HiringManager();
        }
        if (f.containsKey("role")) {
            return new ApprovalPolicy.Approver.AnyWithRole(f.get("role").enumValue(dev.boucle.people.Role.class).name());
        }
        String email = f.get("email").string();
        if (!email.contains("@")) throw f.get("email").error("offers.data.email");
        return new ApprovalPolicy.Approver.Named(email.toLowerCase(java.util.Locale.ROOT));
    }

    private static Band band(YamlNode node, HiringProcess process) {
        Map<String, YamlNode> f = node.fields(Set.of("track", "level", "office", "currency", "base", "bonusTarget", "equity"));
        YamlNode trackNode = YamlNode.required(node, f, "track");
        String track = trackNode.string();
        if (process.track(track).isEmpty()) throw trackNode.error("offers.data.unknown", track);
        YamlNode levelNode = YamlNode.required(node, f, "level");
        String level = levelNode.string();
        if (process.levels().stream().noneMatch(l -> l.key().equals(level))) throw levelNode.error("offers.data.unknown", level);
        YamlNode officeNode = YamlNode.required(node, f, "office");
        Office office = process.offices().stream().filter(o -> o.key().equals(officeNode.string())).findFirst()
                .orElseThrow(() -> officeNode.error("offers.data.unknown", officeNode.string()));
        YamlNode currencyNode = YamlNode.required(node, f, "currency");
        String currency = currencyNode.string();
        if (!currency.equals(office.currency().getCurrencyCode())) {
            throw currencyNode.error("offers.data.currency", currency, office.currency().getCurrencyCode());
        }
        List<BigDecimal> base = ordered(YamlNode.required(node, f, "base"), 3);
        List<BigDecimal> equity = ordered(YamlNode.required(node, f, "equity"), 2);
        BigDecimal bonus = percent(YamlNode.required(node, f, "bonusTarget"));
        return new Band(track, level, office.key(), currency, base.get(0), base.get(1), base.get(2), bonus, equity.get(0), equity.get(1));
    }

    private static List<BigDecimal> ordered(YamlNode node, int size) {
        List<YamlNode> items = node.list();
        if (items.size() != size) throw node.error("offers.data.range-size", size);
        List<BigDecimal> values = items.stream().map(BandFile::amount).toList();
        for (int i = 1; i < size; i++) {
            if (values.get(i).compareTo(values.get(i - 1)) < 0) throw items.get(i).error("offers.data.range-order");
        }
        return values;
    }

    private static BigDecimal amount(YamlNode node) {
        String raw = node.string();
        if (!raw.matches("\\d{1,12}(\\.\\d{1,2})?")) throw node.error("offers.data.amount", raw);
        return new BigDecimal(raw);
    }

    /** Rates are written "10%": a bare number could be a fraction or a percentage. */
    private static BigDecimal percent(YamlNode node) {
        String raw = node.string();
        if (!raw.matches("\\d{1,3}(\\.\\d{1,2})?%")) throw node.error("offers.data.percent", raw);
        BigDecimal value = new BigDecimal(raw.substring(0, raw.length() - 1));
        if (value.compareTo(BigDecimal.valueOf(200)) > 0) throw node.error("data.error.out-of-range", 0, 200);
        return value;
    }

    private static String optional(Map<String, YamlNode> f, String key, Set<String> allowed) {
        YamlNode node = f.get(key);
        if (node == null) return null;
        String value = node.string();
        if (!allowed.contains(value)) throw node.error("data.error.not-one-of", value, String.join(", ", allowed));
        return value;
    }

    private static Set<String> keys(List<String> keys) {
        return Set.copyOf(keys);
    }
}

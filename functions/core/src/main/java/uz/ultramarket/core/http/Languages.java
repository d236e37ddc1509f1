package uz.ultramarket.core.http;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Picks the shop language from an {@code Accept-Language} header, honouring q-values. */
final class Languages {

    private static final String DEFAULT = "uz";
    private static final List<String> SUPPORTED = List.of("uz", "ru", "en");
    private static final int FULL_WEIGHT = 1000;

    private Languages() {}

    static String preferred(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        String best = DEFAULT;
        int bestWeight = 0;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.split(";");
            String tag = parts[0].trim().toLowerCase(Locale.ROOT);
            String primary = tag.split("[-_]", 2)[0];
            int weight = weight(parts);
            // strictly greater: on equal weight the earlier range wins, as the client listed it first
            if (SUPPORTED.contains(primary) && weight > bestWeight) {
                best = primary;
                bestWeight = weight;
            }
        }
        return best;
    }

    /** The q-value in thousandths (q=0.8 → 800); a malformed q counts as 0, i.e. "not acceptable". */
    private static int weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].trim();
            if (param.startsWith("q=") || param.startsWith("Q=")) {
                try {
                    int weight = new BigDecimal(param.substring(2).trim()).movePointRight(3).intValue();
                    return Math.clamp(weight, 0, FULL_WEIGHT);
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return FULL_WEIGHT;
    }
}

package uz.ultramarket.catalog.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import uz.ultramarket.catalog.demo.DemoAssortment.Kind;
import uz.ultramarket.catalog.demo.DemoAssortment.Line;
import uz.ultramarket.catalog.demo.DemoAssortment.Node;
import uz.ultramarket.catalog.demo.DemoAssortment.Rule;
import uz.ultramarket.catalog.load.CatalogData.Attribute;
import uz.ultramarket.catalog.load.CatalogData.Category;
import uz.ultramarket.catalog.load.CatalogData.Product;
import uz.ultramarket.catalog.load.CatalogData.Sku;
import uz.ultramarket.catalog.load.CatalogData.Status;
import uz.ultramarket.catalog.load.CatalogData;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.catalog.search.SearchText;
import uz.ultramarket.core.id.Digests;
import uz.ultramarket.core.json.Json;
import uz.ultramarket.core.money.Money;

/**
 * The demo shop's catalog, made from {@link DemoAssortment}: the same seed and size give the same catalog, byte for
 * byte, on every machine ({@link #checksum}). Named models (Samsung Galaxy A55 at 4 699 000 so'm, its 256 GB at
 * 5 199 000) come first and are always on sale; more products are made from each brand's model patterns with prices
 * between the kind's bounds, rounded as shops round them (to 1 000 so'm, or 100 below it for cheap goods: 12 900).
 * Each leaf category draws from its own random stream, so adding products to one leaves the others as they were.
 */
public final class DemoCatalog {

    /** +998, Uzbekistan's calling code. */
    public static final long SEED = 998;
    public static final int STANDARD_SIZE = 2_000;
    public static final int SCALE_SIZE = 100_000;

    private static final Instant OPENED = Instant.parse("2024-01-01T06:00:00Z");
    private static final int VAT_PERCENT = 12;
    static final List<String> PHONE_COLORS = List.of("black", "blue", "silver", "gray", "green", "purple", "gold", "white");
    static final List<String> COLORS = List.of("black", "white", "silver", "gray", "blue", "red", "beige", "green");
    private static final List<String> CLOTHES_SIZES = List.of("xs", "s", "m", "l", "xl", "xxl");
    /** Tried when a pattern keeps repeating names: a big catalog needs more models than the patterns hold. */
    private static final List<String> EDITIONS = List.of("Pro", "Lite", "Plus", "Max", "Neo", "Prime", "S", "X", "2024", "2025");

    private DemoCatalog() {}

    public static CatalogData standard() {
        return generate(SEED, STANDARD_SIZE);
    }

    public static CatalogData generate(long seed, int productCount) {
        var categories = new ArrayList<Category>();
        var leaves = new ArrayList<Node>();
        addCategories(DemoAssortment.TREE, Optional.empty(), categories, leaves);
        var brands = DemoAssortment.BRANDS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new CatalogData.Brand(e.getKey(), e.getValue())).toList();
        var brandIndex = new TreeMap<String, Integer>();
        brands.forEach(b -> brandIndex.put(b.slug(), brandIndex.size() + 1));
        var attributes = new TreeMap<String, Attribute>();
        DemoAttributes.ALL.forEach(a -> attributes.put(a.key(), a));

        int[] shares = shares(leaves, productCount);
        var products = new ArrayList<Product>();
        var slugs = new HashSet<String>();
        for (int i = 0; i < leaves.size(); i++) {
            var maker = new ProductMaker(leaves.get(i), new Random(seed * 1_000_003L + i), attributes, brandIndex, slugs, products);
            maker.make(shares[i]);
        }
        return new CatalogData(categories, brands, DemoAttributes.ALL, products);
    }

    /** SHA-256 of the catalog as JSON: equal checksums, equal catalogs. */
    public static String checksum(CatalogData catalog) {
        return Digests.sha256Hex(Json.write(catalog));
    }

    private static void addCategories(List<Node> nodes, Optional<String> parent, List<Category> categories, List<Node> leaves) {
        for (int position = 0; position < nodes.size(); position++) {
            Node node = nodes.get(position);
            categories.add(new Category(node.slug(), parent, node.name(), position));
            if (node.kind() != null) leaves.add(node);
            addCategories(node.children(), Optional.of(node.slug()), categories, leaves);
        }
    }

    /** Products per leaf by weight; never fewer than its named models, the remainder handed out in tree order. */
    private static int[] shares(List<Node> leaves, int productCount) {
        int totalWeight = leaves.stream().mapToInt(l -> l.kind().weight()).sum();
        int[] shares = new int[leaves.size()];
        int sum = 0;
        for (int i = 0; i < shares.length; i++) {
            Kind kind = leaves.get(i).kind();
            int named = kind.lines().stream().mapToInt(l -> l.models().size()).sum();
            shares[i] = Math.max(named, (int) ((long) productCount * kind.weight() / totalWeight));
            sum += shares[i];
        }
        for (int i = 0; sum < productCount; i = (i + 1) % shares.length, sum++) shares[i]++;
        return shares;
    }

    /** Makes one leaf category's products. */
    private static final class ProductMaker {
        private final Node leaf;
        private final Kind kind;
        private final Random random;
        private final Map<String, Attribute> attributes;
        private final Map<String, Integer> brandIndex;
        private final Set<String> slugs;
        private final List<Product> products;
        private final Set<String> names = new HashSet<>();

        ProductMaker(Node leaf, Random random, Map<String, Attribute> attributes, Map<String, Integer> brandIndex,
                     Set<String> slugs, List<Product> products) {
            this.leaf = leaf;
            this.kind = leaf.kind();
            this.random = random;
            this.attributes = attributes;
            this.brandIndex = brandIndex;
            this.slugs = slugs;
            this.products = products;
        }

        void make(int count) {
            int made = 0;
            for (int l = 0; l < kind.lines().size(); l++) {
                Line line = kind.lines().get(l);
                for (String model : line.models()) {
                    int priceAt = model.lastIndexOf('=');
                    add(line, l, names(model.substring(0, priceAt)), Long.parseLong(model.substring(priceAt + 1)), true);
                    made++;
                }
            }
            List<Integer> patterned = new ArrayList<>();
            for (int l = 0; l < kind.lines().size(); l++) if (!kind.lines().get(l).patterns().isEmpty()) patterned.add(l);
            for (int serial = 1; made < count; made++, serial++) {
                int l = patterned.get(random.nextInt(patterned.size()));
                Line line = kind.lines().get(l);
                add(line, l, inventedModel(line, serial), pickPrice(), false);
            }
        }

        /** A model name from the line's patterns, made unique: an edition, and at last a serial, when it repeats. */
        private LocalizedText inventedModel(Line line, int serial) {
            for (int attempt = 0; attempt < 40; attempt++) {
                String pattern = line.patterns().get(random.nextInt(line.patterns().size()));
                LocalizedText model = fill(names(pattern));
                if (attempt >= 10) model = withSuffix(model, EDITIONS.get(random.nextInt(EDITIONS.size())));
                if (!names.contains(fullName(line, model).uz())) return model;
            }
            return withSuffix(fill(names(line.patterns().getFirst())), "v" + serial);
        }

        private void add(Line line, int lineIndex, LocalizedText model, long som, boolean named) {
            LocalizedText name = fullName(line, model);
            names.add(name.uz());
            long price = named ? som : roundPrice(som);
            double dearness = Math.clamp(Math.log((double) price / kind.minSom()) / Math.log((double) kind.maxSom() / kind.minSom()), 0, 1);
            var facts = new TreeMap<String, Object>();
            for (Rule rule : kind.rules()) facts.put(rule.key(), pick(rule, dearness));
            String slug = uniqueSlug(line, model);
            int productNumber = products.size() + 1;
            List<Sku> skus = skus(line, facts, price, productNumber, named);
            Status status = named ? Status.ACTIVE : status();
            double lineFactor = 1.0 - 0.5 * lineIndex / Math.max(1, kind.lines().size());
            int popularity = (int) (kind.weight() * 400 * (named ? 2.0 : 1.0) * lineFactor * Math.pow(0.2 + 0.8 * random.nextDouble(), 1.5));
            Instant created = OPENED.plus(Duration.ofDays(random.nextInt(540))).plusSeconds(random.nextInt(86_400));
            int wanted = 3 + random.nextInt(3);
            List<String> colours = skus.stream().map(s -> s.options().get("color")).filter(java.util.Objects::nonNull)
                    .map(String::valueOf).distinct().toList();
            List<String> images = DemoImages.gallery(leaf, colours, slug, wanted);
            products.add(new Product(slug, leaf.slug(), kind.titled() ? Optional.empty() : Optional.of(line.brand()),
                    name, description(name, facts), facts, images, status, popularity, created, skus));
        }

        private LocalizedText fullName(Line line, LocalizedText model) {
            if (kind.titled()) return model;
            String brand = DemoAssortment.BRANDS.get(line.brand());
            LocalizedText type = kind.type();
            return LocalizedText.of(capitalise(type.uz()) + " " + brand + " " + model.uz(),
                    capitalise(type.ru()) + " " + brand + " " + model.ru(), brand + " " + model.en() + " " + type.en());
        }

        private List<Sku> skus(Line line, Map<String, Object> facts, long price, int productNumber, boolean named) {
            var options = new ArrayList<Map<String, Object>>();
            var prices = new ArrayList<Long>();
            switch (kind.variants()) {
                case STORAGE_AND_COLOR -> {
                    List<Integer> storages = price < 2_500_000 ? List.of(64, 128) : price < 8_000_000 ? List.of(128, 256) : List.of(256, 512);
                    int storageCount = named ? 2 : 1 + random.nextInt(2);
                    long step = price < 10_000_000 ? 500_000 : 1_500_000;
                    for (String color : distinct(PHONE_COLORS, 2)) {
                        for (int s = 0; s < storageCount; s++) {
                            options.add(new TreeMap<>(Map.of("storage_gb", storages.get(s), "color", color)));
                            prices.add(price + s * step);
                        }
                    }
                }
                case COLOR -> distinct(COLORS, 1 + random.nextInt(3)).forEach(color -> {
                    options.add(new TreeMap<>(Map.of("color", color)));
                    prices.add(price);
                });
                case CLOTHES_SIZE -> {
                    int from = random.nextInt(2);
                    for (String size : CLOTHES_SIZES.subList(from, from + 4 + random.nextInt(2))) {
                        options.add(new TreeMap<>(Map.of("size", size)));
                        prices.add(price);
                    }
                }
                case SHOE_SIZE -> {
                    int from = "women".equals(facts.get("gender")) ? 36 : 39;
                    for (int size = from; size < from + 6; size++) {
                        options.add(new TreeMap<>(Map.of("shoe_size", size)));
                        prices.add(price);
                    }
                }
                case SINGLE -> {
                    options.add(new TreeMap<>());
                    prices.add(price);
                }
            }
            boolean discounted = random.nextInt(100) < 20;
            double markUp = 1.1 + random.nextDouble() * 0.25;
            String ikpu = "0" + kind.hs() + "001" + String.format("%03d", brandIndex.getOrDefault(line.brand(), 0)) + "000000";
            String codePrefix = SearchText.normalize(line.brand()).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            var skus = new ArrayList<Sku>();
            for (int i = 0; i < options.size(); i++) {
                long som = prices.get(i);
                Optional<Money> compareAt = discounted ? Optional.of(Money.ofSom(Math.max(roundPrice((long) (som * markUp)), som + 1_000))) : Optional.empty();
                int onHand = random.nextInt(100) < 10 ? 0 : 1 + (int) (60 * Math.pow(random.nextDouble(), 2));
                int reserved = onHand > 0 && random.nextInt(100) < 15 ? 1 + random.nextInt(Math.min(3, onHand)) : 0;
                String code = codePrefix.substring(0, Math.min(4, codePrefix.length())) + "-" + String.format("%06d-%02d", productNumber, i + 1);
                skus.add(new Sku(code, options.get(i), Money.ofSom(som), compareAt, onHand, reserved, ikpu, VAT_PERCENT));
            }
            return skus;
        }

        private LocalizedText description(LocalizedText name, Map<String, Object> facts) {
            var uz = new ArrayList<String>();
            var ru = new ArrayList<String>();
            var en = new ArrayList<String>();
            facts.forEach((key, value) -> {
                Attribute attribute = attributes.get(key);
                LocalizedText shown = shown(attribute, value);
                uz.add(attribute.name().uz() + ": " + shown.uz());
                ru.add(attribute.name().ru() + ": " + shown.ru());
                en.add(attribute.name().en() + ": " + shown.en());
            });
            return LocalizedText.of(
                    name.uz() + ". " + String.join(", ", uz) + ". Rasmiy kafolat, O‘zbekiston bo‘ylab yetkazib berish.",
                    name.ru() + ". " + String.join(", ", ru) + ". Официальная гарантия, доставка по всему Узбекистану.",
                    name.en() + ". " + String.join(", ", en) + ". Official warranty, delivery across Uzbekistan.");
        }

        private static LocalizedText shown(Attribute attribute, Object value) {
            return switch (attribute.kind()) {
                case OPTION -> attribute.options().stream().filter(o -> o.value().equals(value)).findFirst().orElseThrow().name();
                case FLAG -> Boolean.TRUE.equals(value) ? LocalizedText.of("ha", "да", "yes") : LocalizedText.of("yo‘q", "нет", "no");
                case NUMBER -> {
                    String unit = attribute.unit().map(u -> u.equals("″") || u.equals("+") ? u : " " + u).orElse("");
                    yield LocalizedText.of(value + unit, value + unit, value + unit);
                }
            };
        }

        private Object pick(Rule rule, double dearness) {
            if (rule.values().isEmpty()) return random.nextInt(100) < rule.percentTrue();
            int last = rule.values().size() - 1;
            int index = (int) Math.round(dearness * last + random.nextGaussian() * 0.7);
            return rule.values().get(Math.clamp(index, 0, last));
        }

        private Status status() {
            int roll = random.nextInt(100);
            return roll < 3 ? Status.DRAFT : roll < 4 ? Status.ARCHIVED : Status.ACTIVE;
        }

        /** Log-uniform between the kind's bounds: most products are cheap, a few dear. */
        private long pickPrice() {
            double low = Math.log(kind.minSom());
            double high = Math.log(kind.maxSom());
            return (long) Math.exp(low + random.nextDouble() * (high - low));
        }

        /**
         * As shops price: under 100 000 so'm to the thousand, often 100 below it (12 900, 24 000); above, to the
         * ten or hundred thousand, often 1 000 below it (349 000, 5 199 000).
         */
        private long roundPrice(long som) {
            if (som < 100_000) {
                long rounded = Math.max(1, Math.round(som / 1_000.0)) * 1_000;
                return random.nextBoolean() ? rounded : rounded - 100;
            }
            long step = som < 1_000_000 ? 10_000 : 100_000;
            long rounded = Math.round((double) som / step) * step;
            return random.nextInt(3) == 0 ? rounded : rounded - 1_000;
        }

        private String uniqueSlug(Line line, LocalizedText model) {
            String base = slugOf(kind.titled() ? model.en() : DemoAssortment.BRANDS.get(line.brand()) + " " + model.en());
            String slug = slugs.contains(base) ? slugOf(base + " " + kind.type().en()) : base;
            for (int n = 2; slugs.contains(slug); n++) slug = slugOf(base + " " + n);
            slugs.add(slug);
            return slug;
        }

        private List<String> distinct(List<String> from, int count) {
            var pool = new ArrayList<>(from);
            var picked = new ArrayList<String>();
            for (int i = 0; i < count && !pool.isEmpty(); i++) picked.add(pool.remove(random.nextInt(pool.size())));
            return picked;
        }

        /** The same digits in every language's version of the pattern; a run never starts with 0 ("A05" is not "A5"). */
        private LocalizedText fill(LocalizedText pattern) {
            var digits = new StringBuilder();
            String uz = pattern.uz();
            for (int i = 0; i < uz.length(); i++) {
                if (uz.charAt(i) != '#') continue;
                boolean startsRun = i == 0 || uz.charAt(i - 1) != '#';
                digits.append(startsRun ? 1 + random.nextInt(9) : random.nextInt(10));
            }
            return LocalizedText.of(replaceHashes(pattern.uz(), digits), replaceHashes(pattern.ru(), digits),
                    replaceHashes(pattern.en(), digits));
        }

        private static String replaceHashes(String pattern, CharSequence digits) {
            var out = new StringBuilder(pattern.length());
            int next = 0;
            for (char c : pattern.toCharArray()) out.append(c == '#' ? digits.charAt(next++ % digits.length()) : c);
            return out.toString();
        }
    }

    /** "uz|ru|en", or one name for all three. */
    private static LocalizedText names(String text) {
        String[] parts = text.split("\\|");
        return parts.length == 3 ? LocalizedText.of(parts[0], parts[1], parts[2]) : LocalizedText.of(text, text, text);
    }

    private static LocalizedText withSuffix(LocalizedText model, String suffix) {
        return LocalizedText.of(model.uz() + " " + suffix, model.ru() + " " + suffix, model.en() + " " + suffix);
    }

    private static String slugOf(String text) {
        return SearchText.normalize(text).replace(' ', '-');
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

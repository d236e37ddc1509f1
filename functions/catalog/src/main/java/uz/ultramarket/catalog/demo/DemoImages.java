package uz.ultramarket.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import uz.ultramarket.catalog.demo.DemoAssortment.Node;

/**
 * The demo shop's product pictures: SVG drawings, one per leaf category (its pictogram, in {@code pictograms.txt}), in
 * each shade its products come in, whole and close up — {@code demo/<category>/<shade>-<view>.svg}. The set is fixed
 * (548 pictures of 1–3 KB, whatever the catalog's size: every object costs the local stack an upload to moto at each
 * start); each product's gallery points into it: the front of each of its colours, then the close-up of the first. A
 * category whose products have no colour option draws each product in one of its own shades, picked by slug.
 */
public final class DemoImages {

    /** What the pictures are stored as. */
    public static final String CONTENT_TYPE = "image/svg+xml";
    /** Keys stay when a drawing changes, so browsers revalidate daily rather than keep a picture for a year. */
    public static final String CACHE_CONTROL = "public, max-age=86400";

    /** Every demo picture's key starts with this: staff uploads will live beside it, never under it. */
    public static final String KEY_PREFIX = "demo/";

    /** How a picture shows its product. */
    enum View {
        FRONT, DETAIL;

        String id() { return name().toLowerCase(Locale.ROOT); }
    }

    /** A colour as drawn: the body, its shadowed and its lit side. */
    record Shade(String fill, String dark, String light) {}

    static final Map<String, Shade> SHADES = Map.ofEntries(
            Map.entry("black", new Shade("#2b2e34", "#15171b", "#5a5f69")),
            Map.entry("white", new Shade("#f7f7f5", "#b4b9c1", "#ffffff")),
            Map.entry("silver", new Shade("#cdd2d8", "#8d949e", "#eef0f3")),
            Map.entry("gray", new Shade("#7c838d", "#4c525a", "#aab0b8")),
            Map.entry("blue", new Shade("#2f6fd6", "#1b4795", "#7ba7f2")),
            Map.entry("red", new Shade("#d8423f", "#962927", "#f28b86")),
            Map.entry("beige", new Shade("#e6d3b3", "#a68d66", "#f6ecdd")),
            Map.entry("green", new Shade("#3c9a5f", "#25693f", "#80cb9a")),
            Map.entry("purple", new Shade("#7b59c0", "#513a8a", "#b49be6")),
            Map.entry("gold", new Shade("#dcb55c", "#9e7e30", "#f3dc9f")),
            Map.entry("brown", new Shade("#8a5a3b", "#5c3a24", "#c39474")),
            Map.entry("pink", new Shade("#ec7fa8", "#b5486f", "#f8c3d7")),
            Map.entry("orange", new Shade("#f08a24", "#b35f0d", "#f8c282")));

    private DemoImages() {}

    /** Every picture the demo catalog can point at, by key (served at {@code /images/<key>}), in key order. */
    public static SortedMap<String, byte[]> all() {
        var pictures = new TreeMap<String, byte[]>();
        for (Node leaf : leaves(DemoAssortment.TREE, new ArrayList<>())) {
            for (String shade : shades(leaf)) {
                for (View view : View.values()) {
                    pictures.put(key(leaf.slug(), shade, view), svg(Pictograms.of(leaf.slug()).drawing(), SHADES.get(shade), view)
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return pictures;
    }

    /**
     * The gallery of a product of {@code leaf}: with {@code colours} (its variants' colours, in order), the front view of
     * each, then the close-up of the first; without, both views in a shade of the category picked by {@code slug}. At most
     * {@code wanted} pictures.
     */
    static List<String> gallery(Node leaf, List<String> colours, String slug, int wanted) {
        var keys = new ArrayList<String>();
        String first;
        if (colours.isEmpty()) {
            List<String> palette = Pictograms.of(leaf.slug()).palette();
            first = palette.get(Math.floorMod(slug.hashCode(), palette.size()));
            keys.add(key(leaf.slug(), first, View.FRONT));
        } else {
            first = colours.getFirst();
            colours.forEach(colour -> keys.add(key(leaf.slug(), colour, View.FRONT)));
        }
        keys.add(key(leaf.slug(), first, View.DETAIL));
        return List.copyOf(keys.subList(0, Math.min(wanted, keys.size())));
    }

    static String key(String leaf, String shade, View view) {
        return KEY_PREFIX + leaf + "/" + shade + "-" + view.id() + ".svg";
    }

    /** The shades a leaf's products are drawn in: their colours, or the category's own palette. */
    static List<String> shades(Node leaf) {
        return switch (leaf.kind().variants()) {
            case STORAGE_AND_COLOR -> DemoCatalog.PHONE_COLORS;
            case COLOR -> DemoCatalog.COLORS;
            case CLOTHES_SIZE, SHOE_SIZE, SINGLE -> Pictograms.of(leaf.slug()).palette();
        };
    }

    static List<Node> leaves(List<Node> nodes, List<Node> into) {
        for (Node node : nodes) {
            if (node.kind() != null) into.add(node);
            leaves(node.children(), into);
        }
        return into;
    }

    /** A 480×480 picture: a soft backdrop tinted by the shade, the pictogram in the shade, a shadow it stands on. */
    static String svg(String drawing, Shade shade, View view) {
        String tint = mix(shade.fill(), view == View.DETAIL ? 0.80 : 0.88);
        var svg = new StringBuilder(drawing.length() + 1200);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"480\" height=\"480\" viewBox=\"0 0 480 480\">");
        svg.append("<defs>");
        switch (view) {
            case FRONT -> svg.append("<radialGradient id=\"bg\" cx=\".5\" cy=\".42\" r=\".75\">");
            case DETAIL -> svg.append("<radialGradient id=\"bg\" cx=\".3\" cy=\".3\" r=\"1\">");
        }
        svg.append("<stop offset=\"0\" stop-color=\"#ffffff\"/><stop offset=\"1\" stop-color=\"").append(tint).append("\"/>");
        svg.append("</radialGradient></defs>");
        svg.append("<style>")
                .append(".f{fill:").append(shade.fill()).append("}.d{fill:").append(shade.dark()).append("}.l{fill:").append(shade.light()).append('}')
                .append(".o{stroke:").append(shade.dark()).append(";stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}")
                .append(".L{fill:none;stroke:").append(shade.light()).append(";stroke-width:3;stroke-linecap:round}")
                .append(".B{fill:none;stroke:").append(shade.dark()).append(";stroke-width:16;stroke-linecap:round;stroke-linejoin:round}")
                .append(".b{fill:none;stroke:").append(shade.fill()).append(";stroke-width:10;stroke-linecap:round;stroke-linejoin:round}")
                .append(".s{fill:#27313f}.h{fill:#fff;opacity:.3}.k{fill:#24272e}.m{fill:#c3c8cf}.x{fill:#8b939e}.w{fill:#fff}")
                .append(".e{fill:#15181d;stroke:#c3c8cf;stroke-width:2.5}.n{fill:none}")
                .append("</style>");
        svg.append("<rect width=\"480\" height=\"480\" fill=\"url(#bg)\"/>");
        switch (view) {
            case FRONT -> svg.append("<ellipse cx=\"240\" cy=\"370\" rx=\"140\" ry=\"14\" fill=\"#000\" opacity=\".1\"/>")
                    .append("<g transform=\"translate(100 92) scale(1.4)\">");
            case DETAIL -> svg.append("<g transform=\"translate(240 240) scale(3) translate(-100 -96)\">");
        }
        return svg.append(drawing).append("</g></svg>\n").toString();
    }

    /** {@code colour} mixed with white: {@code 0} is the colour, {@code 1} white. */
    static String mix(String colour, double white) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        int r = (int) Math.round(((rgb >> 16) & 0xff) * (1 - white) + 255 * white);
        int g = (int) Math.round(((rgb >> 8) & 0xff) * (1 - white) + 255 * white);
        int b = (int) Math.round((rgb & 0xff) * (1 - white) + 255 * white);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }

    /** A category's pictogram: SVG elements in a 200×200 box, and the shades of a category without colour options. */
    record Pictogram(String drawing, List<String> palette) {}

    /** {@code pictograms.txt}, read once. */
    static final class Pictograms {
        private static final Map<String, Pictogram> ALL = read();

        private Pictograms() {}

        static Pictogram of(String leaf) {
            Pictogram pictogram = ALL.get(leaf);
            if (pictogram == null) throw new IllegalStateException("pictograms.txt has no pictogram for " + leaf);
            return pictogram;
        }

        static Map<String, Pictogram> all() { return ALL; }

        private static Map<String, Pictogram> read() {
            String text;
            try (InputStream in = DemoImages.class.getResourceAsStream("pictograms.txt")) {
                if (in == null) throw new IllegalStateException("pictograms.txt is missing from the classpath");
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            var pictograms = new LinkedHashMap<String, Pictogram>();
            String name = null;
            List<String> palette = List.of();
            var drawing = new StringBuilder();
            for (String line : (text + "\n== end").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (line.startsWith("== ")) {
                    if (name != null) pictograms.put(name, new Pictogram(drawing.toString(), palette));
                    String[] words = line.substring(3).trim().split(" +");
                    name = words[0];
                    palette = List.of(words).subList(1, words.length);
                    drawing.setLength(0);
                } else {
                    drawing.append(line.strip());
                }
            }
            return Map.copyOf(pictograms);
        }
    }
}

package uz.ultramarket.catalog.admin.categories;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uz.ultramarket.catalog.admin.ElementFields;
import uz.ultramarket.catalog.product.LocalizedText;
import uz.ultramarket.core.auth.AccessTokenVerifier;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.http.ApiException;
import uz.ultramarket.core.http.HttpFunction;
import uz.ultramarket.core.http.HttpRequest;
import uz.ultramarket.core.http.HttpResponse;
import uz.ultramarket.core.http.JsonFields;

/**
 * Staff's categories (docs/admin-api.md, Categories): {@code GET}/{@code POST /api/admin/categories} and
 * {@code PATCH /api/admin/categories/{id}} (rename, move, reorder; with the version read). Managers and admins only.
 */
public final class AdminCategoriesHandler extends HttpFunction {

    /** The list's body: every category, by parent then position. */
    public record CategoryList(List<AdminCategory> items) {}

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final AccessTokenVerifier verifier;
    private final AdminCategoriesService categories;

    public AdminCategoriesHandler() {
        this(DaggerAdminCategoriesComponent.create());
    }

    private AdminCategoriesHandler(AdminCategoriesComponent component) {
        this(component.accessTokenVerifier(), component.adminCategoriesService());
    }

    public AdminCategoriesHandler(AccessTokenVerifier verifier, AdminCategoriesService categories) {
        this.verifier = verifier;
        this.categories = categories;
    }

    @Override
    protected HttpResponse handle(HttpRequest request) {
        var caller = verifier.authenticate(request).require(Role.MANAGER);
        return switch (request.routeKey()) {
            case "GET /api/admin/categories" -> HttpResponse.ok(new CategoryList(categories.list()));
            case "POST /api/admin/categories" -> {
                var fields = JsonFields.of(request, "slug", "parentId", "name", "position");
                var root = new ElementFields(request.json(JsonNode.class), "", fields);
                var slug = fields.text("slug", false, 1, 120);
                if (slug.isPresent() && !SLUG.matcher(slug.get()).matches()) {
                    fields.error("slug", "must be lower-case letters and digits in words joined by '-'");
                }
                var parentId = root.field("parentId").whole(false, 1, Long.MAX_VALUE, "a category id");
                var name = name(fields, true);
                var position = fields.integer("position", false, 0, 1_000_000);
                fields.validate();
                yield HttpResponse.created(categories.create(caller, slug, parentId, name.orElseThrow(), position.orElse(0)));
            }
            case "PATCH /api/admin/categories/{id}" -> {
                String id = request.pathParam("id");
                if (!ID.matcher(id).matches()) throw ApiException.notFound("There is no category '" + id + "'.");
                var fields = JsonFields.of(request, "version", "name", "parentId", "position");
                var root = new ElementFields(request.json(JsonNode.class), "", fields);
                var version = root.field("version").whole(true, 0, Long.MAX_VALUE, "the version you read, a whole number");
                var name = name(fields, false);
                // present and null: to the top of the tree
                Optional<Optional<Long>> parentId = !fields.has("parentId") ? Optional.empty()
                        : Optional.of(root.field("parentId").whole(false, 1, Long.MAX_VALUE, "a category id, or null for the top"));
                var position = fields.integer("position", false, 0, 1_000_000);
                fields.validate();
                yield HttpResponse.ok(categories.change(caller, Long.parseLong(id),
                        new CategoryStore.Change(version.orElseThrow(), name, parentId, position)));
            }
            default -> throw ApiException.notFound("There is no route " + request.routeKey() + " here.");
        };
    }

    /** {@code name: {uz, ru, en}}; ru and en are uz when empty. */
    private static Optional<LocalizedText> name(JsonFields fields, boolean required) {
        return fields.object("name", required, "uz", "ru", "en").flatMap(n -> {
            var uz = n.text("uz", true, 1, 120);
            var ru = n.text("ru", false, 0, 120);
            var en = n.text("en", false, 0, 120);
            return uz.map(u -> LocalizedText.of(u, ru.orElse(u), en.orElse(u)));
        });
    }
}

package uz.ultramarket.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.addresses.Address;
import uz.ultramarket.accounts.addresses.AddressBook;
import uz.ultramarket.accounts.addresses.Region;
import uz.ultramarket.accounts.session.SessionCookie;
import uz.ultramarket.core.audit.AuditEntry;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.phone.Phone;
import uz.ultramarket.core.testing.Call;

/** The admin console's customers: search, one with addresses, blocking (sign-in, refresh, checkout's standing) and roles, audited, under races. */
class AdminCustomersTest {

    private static final AtomicInteger PHONES = new AtomicInteger(1);
    private static AccountsWorld world;
    private static User admin;
    private static String adminToken;

    @BeforeAll
    static void start() throws Exception {
        world = new AccountsWorld();
        admin = account("Bosh Admin", Role.ADMIN);
        adminToken = token(admin);
    }

    @AfterAll
    static void stop() throws Exception { world.close(); }

    @Test
    void searchFindsAPhoneByAnyPartOfItsDigitsAndANameByAnyPartInAnyCaseAPageAtATime() {
        var found = new HashSet<String>();
        for (int i = 1; i <= 5; i++) {
            found.add(account(new Phone("+99893777000" + i), "Pagerkhon " + i, Role.CUSTOMER).id());
        }
        account("Дилноза Каримова", Role.CUSTOMER);

        var seen = new ArrayList<String>();
        Optional<String> cursor = Optional.empty();
        int pages = 0;
        do {
            var page = search("pagerKHON", 2, cursor);
            assertEquals(200, page.status(), page.body());
            page.json().path("items").forEach(item -> seen.add(item.path("id").asText()));
            cursor = page.json().has("nextCursor") ? Optional.of(page.text("/nextCursor")) : Optional.empty();
            pages++;
        } while (cursor.isPresent());
        assertEquals(3, pages, "2 + 2 + 1, the last without nextCursor");
        assertEquals(5, seen.size(), "no customer twice: " + seen);
        assertEquals(found, new HashSet<>(seen));

        var byPhonePart = search("777 00 03", 25, Optional.empty());
        assertEquals(1, byPhonePart.json().path("items").size(), byPhonePart.body());
        var one = byPhonePart.json().path("items").get(0);
        assertEquals("+998937770003", one.path("phone").asText());
        assertEquals("Pagerkhon 3", one.path("name").asText());
        assertEquals("customer", one.path("role").asText());
        assertFalse(one.path("blocked").asBoolean(true));
        assertTrue(one.has("createdAt"));
        assertFalse(one.has("hasPassword"), "the list shows what the contract names, nothing more");
        assertEquals(5, search("+998 93 777", 25, Optional.empty()).json().path("items").size());

        var cyrillic = search("дилн", 25, Optional.empty());
        assertEquals(List.of("Дилноза Каримова"), names(cyrillic.json()));
        assertTrue(search("nobody-has-this-name", 25, Optional.empty()).json().path("items").isEmpty());
        assertTrue(search(null, 100, Optional.empty()).json().path("items").size() >= 7, "no q: everyone");
    }

    @Test
    void aBadLimitOrCursorOrAnOverlongQueryIsA400NamingIt() {
        for (String limit : new String[] {"0", "101", "ten"}) {
            var answer = Call.get(world.adminCustomers, "/api/admin/customers").query("limit", limit).bearer(adminToken).send();
            assertEquals(400, answer.status(), limit);
            assertEquals("limit", answer.errorField(0));
        }
        var cursor = Call.get(world.adminCustomers, "/api/admin/customers").query("cursor", "%%not-ours%%").bearer(adminToken).send();
        assertEquals(400, cursor.status());
        assertEquals("cursor", cursor.errorField(0));
        var q = Call.get(world.adminCustomers, "/api/admin/customers").query("q", "x".repeat(101)).bearer(adminToken).send();
        assertEquals("q", q.errorField(0));
    }

    @Test
    void oneCustomerComesWithTheirAddressesAndAnUnknownOneIs404() {
        var customer = account("Malika Address", Role.CUSTOMER);
        var now = world.clock.instant();
        assertEquals(AddressBook.AddOutcome.ADDED, world.addressBook.add(customer.id(), new Address(Ids.newId(), Region.TASHKENT_CITY,
                "Yunusobod", "Amir Temur ko‘chasi 15", Optional.of("Korzinka ro‘parasi"), Optional.empty(), customer.phone(), now, now)));

        var details = Call.withId(world.adminCustomers, "GET", "/api/admin/customers/{id}", customer.id()).bearer(adminToken).send();
        assertEquals(200, details.status(), details.body());
        assertEquals(customer.id(), details.text("/id"));
        assertEquals("Malika Address", details.text("/name"));
        assertEquals(1, details.json().path("addresses").size());
        assertEquals("UZ-TK", details.text("/addresses/0/region"));
        assertEquals("Yunusobod", details.text("/addresses/0/district"));
        assertEquals("Korzinka ro‘parasi", details.text("/addresses/0/landmark"));

        assertEquals(404, Call.withId(world.adminCustomers, "GET", "/api/admin/customers/{id}", Ids.newId()).bearer(adminToken).send().status());
        assertEquals(404, put(adminToken, Ids.newId(), "blocked", "{\"blocked\":true}").status());
        assertEquals(404, put(adminToken, Ids.newId(), "role", "{\"role\":\"manager\"}").status());
    }

    @Test
    void aBlockedCustomerCannotSignInByPasswordOrCodeNorRefreshNorCheckOutUntilUnblocked() {
        var shopper = Shoppers.signUp(world, "+998 93 710 00 01", "Blocked Bobur", "secret-pass-1");
        assertFalse(world.standing.isBlocked(shopper.userId()));

        var blocked = put(adminToken, shopper.userId(), "blocked", "{\"blocked\":true}");
        assertEquals(200, blocked.status(), blocked.body());
        assertTrue(blocked.json().path("blocked").asBoolean());
        assertEquals(shopper.userId(), blocked.text("/id"));
        assertTrue(world.standing.isBlocked(shopper.userId()), "checkout sees it at once");

        var byPassword = login("{\"phone\":\"" + shopper.phone() + "\",\"password\":\"secret-pass-1\"}");
        assertEquals(403, byPassword.status(), byPassword.body());
        assertTrue(byPassword.text("/detail").contains("blocked"), byPassword.body());
        assertEquals(401, login("{\"phone\":\"" + shopper.phone() + "\",\"password\":\"wrong-pass-1\"}").status(),
                "a wrong password learns nothing about the block");

        world.clock.advance(Duration.ofSeconds(61)); // past the resend wait of the sign-up code
        assertEquals(202, Shoppers.askCode(world, shopper.phone(), "login").status());
        var byCode = login("{\"phone\":\"" + shopper.phone() + "\",\"code\":\"" + world.lastCodeSentTo(shopper.phone()) + "\"}");
        assertEquals(403, byCode.status(), byCode.body());

        var refreshed = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send();
        assertEquals(403, refreshed.status(), refreshed.body());
        assertEquals("", refreshed.cookie(SessionCookie.NAME).orElseThrow(), "the dead session's cookie is cleared");

        var unblocked = put(adminToken, shopper.userId(), "blocked", "{\"blocked\":false}");
        assertEquals(200, unblocked.status(), unblocked.body());
        assertFalse(unblocked.json().path("blocked").asBoolean(true));
        assertFalse(world.standing.isBlocked(shopper.userId()));
        assertEquals(200, login("{\"phone\":\"" + shopper.phone() + "\",\"password\":\"secret-pass-1\"}").status(), "signs in again");
        assertEquals(401, Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send().status(),
                "the session refused while blocked stays ended");

        var entries = auditOf(shopper.userId());
        assertEquals(List.of("customer.block", "customer.unblock"), entries.stream().map(AuditEntry::action).sorted().toList());
        var block = entries.stream().filter(e -> e.action().equals("customer.block")).findFirst().orElseThrow();
        assertEquals(admin.id(), block.actorId());
        assertEquals("admin", block.actorRole());
        assertFalse(block.before().orElseThrow().path("blocked").asBoolean(true));
        assertTrue(block.after().orElseThrow().path("blocked").asBoolean());
        assertEquals(shopper.phone(), block.after().orElseThrow().path("phone").asText());
    }

    @Test
    void blockingTwiceWritesAndRecordsOnceAndAnAdminCannotBlockThemself() {
        var customer = account("Twice Blocked", Role.CUSTOMER);
        assertEquals(200, put(adminToken, customer.id(), "blocked", "{\"blocked\":true}").status());
        assertEquals(200, put(adminToken, customer.id(), "blocked", "{\"blocked\":true}").status());
        assertEquals(1, auditOf(customer.id()).size(), "the second changed nothing");

        var self = put(adminToken, admin.id(), "blocked", "{\"blocked\":true}");
        assertEquals(409, self.status());
        assertEquals("blocked", self.errorField(0));
        assertFalse(world.standing.isBlocked(admin.id()));

        for (String body : new String[] {"{\"blocked\":\"yes\"}", "{}", "{\"blocked\":true,\"why\":\"spam\"}"}) {
            var bad = put(adminToken, customer.id(), "blocked", body);
            assertEquals(400, bad.status(), body);
        }
        assertEquals("blocked", put(adminToken, customer.id(), "blocked", "{\"blocked\":1}").errorField(0));
    }

    @Test
    void aGrantedManagerRoleIsInTheNextRefreshedTokenAndARevokeTakesItBack() {
        var shopper = Shoppers.signUp(world, "+998 93 720 00 01", "Future Manager", null);

        var granted = put(adminToken, shopper.userId(), "role", "{\"role\":\"manager\"}");
        assertEquals(200, granted.status(), granted.body());
        assertEquals("manager", granted.text("/role"));
        var asManager = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, shopper.refreshToken()).send();
        assertEquals(200, asManager.status(), asManager.body());
        assertEquals("manager", asManager.text("/user/role"));
        var managerToken = asManager.text("/accessToken");
        assertEquals(Role.MANAGER, world.verifier.verify(managerToken).orElseThrow().role());
        assertEquals(403, search(managerToken, "x").status(), "a manager is staff, but customers are an admin's");

        var revoked = put(adminToken, shopper.userId(), "role", "{\"role\":\"customer\"}");
        assertEquals("customer", revoked.text("/role"));
        var asCustomer = Call.post(world.refresh, "/api/auth/refresh").cookie(SessionCookie.NAME, asManager.cookie(SessionCookie.NAME).orElseThrow()).send();
        assertEquals(Role.CUSTOMER, world.verifier.verify(asCustomer.text("/accessToken")).orElseThrow().role());

        var entries = auditOf(shopper.userId());
        assertEquals(2, entries.size());
        assertTrue(entries.stream().allMatch(e -> e.action().equals("customer.role")));
        assertTrue(entries.stream().anyMatch(e -> e.before().orElseThrow().path("role").asText().equals("customer")
                && e.after().orElseThrow().path("role").asText().equals("manager")));
        assertTrue(entries.stream().anyMatch(e -> e.before().orElseThrow().path("role").asText().equals("manager")
                && e.after().orElseThrow().path("role").asText().equals("customer")));
    }

    @Test
    void anAdminKeepsTheirOwnAdminRoleAndAnUnknownRoleIs400() {
        for (String role : new String[] {"customer", "manager"}) {
            var own = put(adminToken, admin.id(), "role", "{\"role\":\"" + role + "\"}");
            assertEquals(409, own.status(), own.body());
            assertEquals("role", own.errorField(0));
        }
        assertEquals(Role.ADMIN, world.users.find(admin.id()).orElseThrow().role());
        assertEquals(200, put(adminToken, admin.id(), "role", "{\"role\":\"admin\"}").status(), "keeping it is fine");

        var customer = account("Role Seeker", Role.CUSTOMER);
        for (String body : new String[] {"{\"role\":\"superuser\"}", "{\"role\":\"ADMIN\"}", "{}", "{\"role\":null}"}) {
            var bad = put(adminToken, customer.id(), "role", body);
            assertEquals(400, bad.status(), body);
            assertEquals("role", bad.errorField(0), body);
        }
        assertEquals(Role.CUSTOMER, world.users.find(customer.id()).orElseThrow().role());
        assertTrue(auditOf(customer.id()).isEmpty());
    }

    @Test
    void onlyAnAdminGetsInAndWhoAsksIsCheckedBeforeTheBodyIsRead() {
        var customer = account("Plain Customer", Role.CUSTOMER);
        var manager = account("Shop Manager", Role.MANAGER);
        String target = customer.id();
        for (var call : List.of(
                Call.get(world.adminCustomers, "/api/admin/customers"),
                Call.withId(world.adminCustomers, "GET", "/api/admin/customers/{id}", target),
                Call.to(world.adminCustomers, "PUT", "/api/admin/customers/{id}/blocked", "id", target).json("{\"blocked\":true}"),
                Call.to(world.adminCustomers, "PUT", "/api/admin/customers/{id}/role", "id", target).json("{\"role\":\"admin\"}"))) {
            var answer = call.send();
            assertEquals(401, answer.status(), answer.body());
            assertTrue(answer.headers().containsKey("WWW-Authenticate"));
        }
        for (var staff : List.of(customer, manager)) {
            assertEquals(403, search(token(staff), "").status(), staff.role().id());
            assertEquals(403, Call.withId(world.adminCustomers, "GET", "/api/admin/customers/{id}", target).bearer(token(staff)).send().status());
            assertEquals(403, put(token(staff), target, "role", "{\"role\":\"admin\"}").status(), "no one raises themself");
            assertEquals(403, put(token(staff), target, "blocked", "not json at all").status(), "refused before the body is parsed");
        }
        assertEquals(Role.CUSTOMER, world.users.find(target).orElseThrow().role());
        assertFalse(world.standing.isBlocked(target));
        assertTrue(auditOf(target).isEmpty());
    }

    @Test
    void twoAdminsActingOnOneCustomerAtOnceLoseNothing() throws Exception {
        var second = account("Ikkinchi Admin", Role.ADMIN);
        String[] tokens = {adminToken, token(second)};
        try (var threads = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 4; round++) {
                // one blocks while the other grants manager: both land, and the second entry's before is the first's after
                var customer = account("Contested " + round, Role.CUSTOMER);
                both(threads, putCall(tokens[0], customer.id(), "blocked", "{\"blocked\":true}"),
                        putCall(tokens[1], customer.id(), "role", "{\"role\":\"manager\"}"));
                var now = world.users.find(customer.id()).orElseThrow();
                assertTrue(now.blocked(), "round " + round);
                assertEquals(Role.MANAGER, now.role(), "round " + round);
                var entries = auditOf(customer.id());
                assertEquals(2, entries.size(), "round " + round);
                assertChained(entries, now);

                // both block: one writes, the other finds nothing to change
                var twice = account("Twice " + round, Role.CUSTOMER);
                both(threads, putCall(tokens[0], twice.id(), "blocked", "{\"blocked\":true}"),
                        putCall(tokens[1], twice.id(), "blocked", "{\"blocked\":true}"));
                assertTrue(world.standing.isBlocked(twice.id()));
                assertEquals(1, auditOf(twice.id()).size(), "round " + round);

                // two different roles: the later wins, both recorded in order
                var torn = account("Torn " + round, Role.CUSTOMER);
                both(threads, putCall(tokens[0], torn.id(), "role", "{\"role\":\"manager\"}"),
                        putCall(tokens[1], torn.id(), "role", "{\"role\":\"admin\"}"));
                var roles = auditOf(torn.id());
                assertEquals(2, roles.size(), "round " + round);
                assertChained(roles, world.users.find(torn.id()).orElseThrow());
            }
        }
    }

    // --- the parts -------------------------------------------------------------------------------------------------

    /** The first entry starts from the account as created, the second from the first's result, and ends as the account is. */
    private static void assertChained(List<AuditEntry> entries, User now) {
        var first = entries.stream().filter(e -> entries.stream().noneMatch(o -> o != e && o.after().equals(e.before()))).toList();
        assertEquals(1, first.size(), "one entry starts the chain: " + entries);
        var next = entries.stream().filter(e -> e != first.getFirst()).findFirst().orElseThrow();
        assertEquals(first.getFirst().after(), next.before(), "the second saw the first's result");
        assertNotEquals(next.before(), next.after());
        JsonNode last = next.after().orElseThrow();
        assertEquals(now.role().id(), last.path("role").asText());
        assertEquals(now.blocked(), last.path("blocked").asBoolean());
    }

    private static void both(java.util.concurrent.ExecutorService threads, Call one, Call other) throws Exception {
        var barrier = new CyclicBarrier(2);
        List<Future<Call.Answer>> answers = new ArrayList<>();
        for (var call : List.of(one, other)) {
            answers.add(threads.submit(() -> {
                barrier.await();
                return call.send();
            }));
        }
        for (var answer : answers) {
            var done = answer.get();
            assertEquals(200, done.status(), done.body());
        }
    }

    private static User account(String name, Role role) {
        return account(new Phone("+99894" + String.format("%07d", PHONES.getAndIncrement())), name, role);
    }

    private static User account(Phone phone, String name, Role role) {
        var now = world.clock.instant();
        var user = new User(Ids.newId(), phone, name, role, false, Optional.empty(), now, now);
        world.users.create(user);
        return user;
    }

    private static String token(User user) {
        return world.accessTokens.issue(user).token();
    }

    private static Call.Answer search(String q, int limit, Optional<String> cursor) {
        var call = Call.get(world.adminCustomers, "/api/admin/customers").query("limit", Integer.toString(limit)).bearer(adminToken);
        if (q != null) call.query("q", q);
        cursor.ifPresent(c -> call.query("cursor", c));
        return call.send();
    }

    private static Call.Answer search(String token, String q) {
        return Call.get(world.adminCustomers, "/api/admin/customers").query("q", q).bearer(token).send();
    }

    private static Call.Answer put(String token, String id, String what, String body) {
        return putCall(token, id, what, body).send();
    }

    private static Call putCall(String token, String id, String what, String body) {
        return Call.to(world.adminCustomers, "PUT", "/api/admin/customers/{id}/" + what, "id", id).json(body).bearer(token);
    }

    private static Call.Answer login(String json) {
        return Call.post(world.login, "/api/auth/login").json(json).send();
    }

    private static List<String> names(JsonNode page) {
        var names = new ArrayList<String>();
        page.path("items").forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static List<AuditEntry> auditOf(String customerId) {
        return world.audit.read(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), Optional.empty(), 100, Optional.empty())
                .items().stream().filter(e -> e.target().equals("customer:" + customerId)).toList();
    }
}

package uz.ultramarket.accounts;

import uz.ultramarket.core.testing.Call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uz.ultramarket.accounts.addresses.AddressesHandler;
import uz.ultramarket.accounts.account.User;
import uz.ultramarket.accounts.admin.SeedAdminHandler;
import uz.ultramarket.accounts.customers.AdminCustomersHandler;
import uz.ultramarket.accounts.keys.RotateSigningKeyHandler;
import uz.ultramarket.accounts.login.LoginHandler;
import uz.ultramarket.accounts.otp.RequestOtpHandler;
import uz.ultramarket.accounts.profile.ProfileHandler;
import uz.ultramarket.accounts.register.RegisterHandler;
import uz.ultramarket.accounts.session.LogoutHandler;
import uz.ultramarket.accounts.session.AccessTokenIssuer;
import uz.ultramarket.accounts.session.RefreshHandler;
import uz.ultramarket.core.auth.Role;
import uz.ultramarket.core.id.Ids;
import uz.ultramarket.core.phone.Phone;
import uz.ultramarket.core.testing.TestContext;
import uz.ultramarket.registry.Registry;

/**
 * Each handler as Lambda builds it — the no-arg constructor, its Dagger component, configuration from the environment
 * (here the same-named system properties, as the local stack sets them) — serving a real request.
 */
class HandlerWiringTest {

    private static AccountsWorld world;

    @BeforeAll
    static void start() throws Exception {
        world = new AccountsWorld();
        world.environment.forEach(System::setProperty);
    }

    @AfterAll
    static void stop() throws Exception {
        world.environment.keySet().forEach(System::clearProperty);
        world.close();
    }

    @Test
    void everyAccountsHandlerOfTheRegistryIsBuiltByItsComponent() throws Exception {
        var names = Registry.functions().stream().filter(f -> f.module().equals("accounts")).map(f -> f.handler()).toList();
        assertEquals(10, names.size());
        for (String name : names) {
            assertTrue(Class.forName(name).getConstructor().newInstance() != null, name);
        }
    }

    @Test
    void theWiredHandlersServeASignUpEndToEnd() {
        var otp = Call.post(new RequestOtpHandler(), "/api/auth/otp").from(Shoppers.newIp())
                .json("{\"phone\":\"+998 90 400 00 01\",\"purpose\":\"register\"}").send();
        assertEquals(202, otp.status(), otp.body());
        var registered = Call.post(new RegisterHandler(), "/api/auth/register")
                .json("{\"phone\":\"+998904000001\",\"code\":\"" + world.lastCodeSentTo("+998904000001") + "\",\"name\":\"Wired\"}").send();
        assertEquals(201, registered.status(), registered.body());
        String token = registered.text("/accessToken");
        assertEquals("Wired", Call.get(new ProfileHandler(), "/api/me").bearer(token).send().text("/name"));
        assertEquals(200, Call.get(new AddressesHandler(), "/api/me/addresses").bearer(token).send().status());
        var refreshed = Call.post(new RefreshHandler(), "/api/auth/refresh").cookie("um_refresh", registered.cookie("um_refresh").orElseThrow()).send();
        assertEquals(200, refreshed.status(), refreshed.body());
        assertEquals(204, Call.post(new LogoutHandler(), "/api/auth/logout").cookie("um_refresh", refreshed.cookie("um_refresh").orElseThrow()).send().status());
        assertEquals(401, Call.post(new LoginHandler(), "/api/auth/login").json("{\"phone\":\"+998904000001\",\"password\":\"no-password-set\"}").send().status());

        var deploy = new CloudFormationCustomResourceEvent();
        deploy.setRequestType("Create");
        assertEquals("NO_PHONE_SET", ((java.util.Map<?, ?>) new SeedAdminHandler().handleRequest(deploy, new TestContext()).get("Data")).get("outcome"));
        var event = new ScheduledEvent();
        event.setDetailType("Scheduled Event");
        assertTrue(new RotateSigningKeyHandler().handleRequest(event, new TestContext()).startsWith("signing key is now "));
    }

    @Test
    void theWiredAdminCustomersHandlerBlocksWithItsAuditEntry() {
        // the wired handler runs on the system clock: its token and audit entry are of today
        var clock = java.time.Clock.systemUTC();
        var now = clock.instant();
        var admin = new User(Ids.newId(), new Phone("+998904000090"), "Wired Admin", Role.ADMIN, false, java.util.Optional.empty(), now, now);
        var customer = new User(Ids.newId(), new Phone("+998904000091"), "Wired Customer", Role.CUSTOMER, false, java.util.Optional.empty(), now, now);
        world.users.create(admin);
        world.users.create(customer);
        var blocked = Call.to(new AdminCustomersHandler(), "PUT", "/api/admin/customers/{id}/blocked", "id", customer.id())
                .bearer(new AccessTokenIssuer(world.signerKeys, clock).issue(admin).token()).json("{\"blocked\":true}").send();
        assertEquals(200, blocked.status(), blocked.body());
        assertTrue(world.standing.isBlocked(customer.id()));
        var today = java.time.LocalDate.now(clock);
        assertEquals(1, world.audit.read(today.minusDays(1), today, java.util.Optional.of(admin.id()), 10, java.util.Optional.empty()).items().size());
    }
}

package uz.ultramarket.local;

import java.util.Map;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import uz.ultramarket.registry.Access;
import uz.ultramarket.registry.World;

/** The shop's sending identity in the emulator's SES (moto refuses mail from an unverified one), and {@code EMAIL_FROM}. */
final class LocalMail {
    static final String DOMAIN = "ultramarket.local";
    static final String FROM = "UltraMarket <no-reply@" + DOMAIN + ">";

    private LocalMail() {}

    static Map<String, String> verify(World world, SesV2Client ses) {
        if (!world.sendsEmail()) return Map.of();
        try {
            ses.createEmailIdentity(r -> r.emailIdentity(DOMAIN));
        } catch (AlreadyExistsException kept) {
            // an emulator that outlives the stack already has it
        }
        return Map.of(Access.SendEmail.FROM_VARIABLE, FROM);
    }
}

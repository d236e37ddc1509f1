package uz.ultramarket.accounts.otp;

import dagger.Component;
import javax.inject.Singleton;
import uz.ultramarket.accounts.AccountsModule;
import uz.ultramarket.accounts.SigningModule;
import uz.ultramarket.core.CoreModule;
import uz.ultramarket.core.aws.AwsModule;
import uz.ultramarket.core.notification.NotificationPublisherModule;

@Singleton
@Component(modules = {CoreModule.class, AwsModule.class, NotificationPublisherModule.class, AccountsModule.class, SigningModule.class})
interface RequestOtpComponent {
    OtpSender otpSender();
}

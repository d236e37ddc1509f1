package uz.ultramarket.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import dagger.Component;
import javax.inject.Provider;
import javax.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import uz.ultramarket.core.aws.AwsClients;
import uz.ultramarket.core.config.Config;
import uz.ultramarket.core.db.DatabaseModule;

/** Proves the core modules assemble into a component the way a function's will (scope: javax.inject.Singleton). */
@Singleton
@Component(modules = DatabaseModule.class)
interface CoreTestComponent {
    Config config();

    Clock clock();

    ObjectMapper objectMapper();

    Provider<AwsClients> awsClients();

    Provider<DataSource> dataSource();
}

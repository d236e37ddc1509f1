package uz.ultramarket.local.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Creates the table {@code deploy_runs} in the catalog database and records each run's request type in it. */
public final class CreateTableOnDeploy implements RequestHandler<CloudFormationCustomResourceEvent, Map<String, Object>> {

    @Override
    public Map<String, Object> handleRequest(CloudFormationCustomResourceEvent event, Context context) {
        try (var connection = DriverManager.getConnection(System.getProperty("DB_URL"), System.getProperty("DB_USER"), System.getProperty("DB_PASSWORD"));
             var create = connection.createStatement();
             var insert = connection.prepareStatement("insert into deploy_runs (request_type) values (?)")) {
            create.execute("create table if not exists deploy_runs (id serial primary key, request_type text not null, ran_at timestamptz not null default now())");
            insert.setString(1, event.getRequestType());
            insert.executeUpdate();
            return Map.of("PhysicalResourceId", context.getFunctionName());
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the deploy: " + e.getMessage(), e);
        }
    }
}

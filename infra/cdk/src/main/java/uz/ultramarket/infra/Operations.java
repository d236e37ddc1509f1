package uz.ultramarket.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.constructs.Construct;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.AlarmStatusWidget;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IAlarm;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.Topic;
import uz.ultramarket.registry.Route;

/**
 * What tells an operator the shop is unwell, on one SNS topic and one dashboard: the API's 5xx rate, each HTTP function's
 * p99 latency (its {@code Latency} metric, which core's HTTP adapter emits in namespace {@value #NAMESPACE} by
 * {@value #FUNCTION_DIMENSION}), any message in any dead-letter queue, and the database near its capacity ceiling.
 */
public final class Operations extends Construct {

    static final String NAMESPACE = "UltraMarket";
    static final String FUNCTION_DIMENSION = "FunctionName";
    static final double SERVER_ERROR_PERCENT = 1;
    static final double P99_LATENCY_MILLIS = 2_000;
    // Aurora Serverless v2 near its ceiling for a quarter of an hour: raise the max before requests queue
    static final double CAPACITY_SHARE = 0.9;

    private static final Duration PERIOD = Duration.minutes(5);

    private final Topic alarms;
    private final List<IAlarm> all = new ArrayList<>();

    public Operations(Construct scope, String id, ShopStage stage, Api api, List<ShopFunction> httpFunctions,
                      Messaging messaging, CatalogDatabase database) {
        super(scope, id);
        alarms = Topic.Builder.create(this, "Alarms").topicName(stage.resourceName("alarms")).enforceSsl(true).build();
        var dashboard = Dashboard.Builder.create(this, "Dashboard").dashboardName(stage.resourceName("shop")).build();

        var httpApi = api.httpApi();
        var usingMetrics = new LinkedHashMap<String, IMetric>();
        usingMetrics.put("errors", httpApi.metricServerError(sum()));
        usingMetrics.put("requests", httpApi.metricCount(sum()));
        var serverErrorRate = MathExpression.Builder.create()
                .expression("IF(requests > 0, 100 * errors / requests, 0)")
                .usingMetrics(usingMetrics)
                .label("5xx %")
                .period(PERIOD)
                .build();
        alarm("ApiServerErrors", stage.resourceName("api-5xx-rate"),
                "More than " + SERVER_ERROR_PERCENT + "% of API requests answered 5xx in 2 of 3 periods of 5 minutes",
                serverErrorRate, SERVER_ERROR_PERCENT, 3, 2);

        var latencies = new ArrayList<IMetric>();
        for (var function : httpFunctions) {
            var latency = Metric.Builder.create()
                    .namespace(NAMESPACE)
                    .metricName("Latency")
                    .dimensionsMap(Map.of(FUNCTION_DIMENSION, function.function().getFunctionName()))
                    .statistic("p99")
                    .period(PERIOD)
                    .build();
            latencies.add(latency.with(MetricOptions.builder().label(function.spec().name()).build()));
            String routes = function.spec().routes().stream().map(Route::key).collect(Collectors.joining(", "));
            // an alarm lives in its function's stack: the admin console's in their nested stack
            boolean here = Stack.of(function) == Stack.of(this);
            alarm(here ? this : function, here ? function.spec().name() + "Latency" : "Latency", stage.resourceName(function.spec().name() + "-p99-latency"),
                    "p99 latency of " + routes + " above " + (long) P99_LATENCY_MILLIS + " ms for 15 minutes",
                    latency, P99_LATENCY_MILLIS, 3, 3);
        }

        var deadLetterDepths = new ArrayList<IMetric>();
        messaging.deadLetterQueues().forEach((queue, deadLetters) -> {
            var visible = deadLetters.metricApproximateNumberOfMessagesVisible(MetricOptions.builder()
                    .statistic("Maximum").period(Duration.minutes(1)).build());
            deadLetterDepths.add(visible.with(MetricOptions.builder().label(queue.deadLetterName()).build()));
            alarm(queue.deadLetterName() + "Messages", stage.resourceName(queue.deadLetterName() + "-not-empty"),
                    "Messages of " + queue.name() + " failed " + queue.maxReceiveCount() + " times and wait in " + queue.deadLetterName(),
                    visible, 0, 1, 1);
        });

        var capacity = database.cluster().metricServerlessDatabaseCapacity(MetricOptions.builder()
                .statistic("Maximum").period(PERIOD).build());
        alarm("DatabaseCapacity", stage.resourceName("database-capacity"),
                "Aurora above " + (int) (CAPACITY_SHARE * 100) + "% of its " + database.maxCapacity() + " ACU maximum for 15 minutes",
                capacity, CAPACITY_SHARE * database.maxCapacity(), 3, 3);

        dashboard.addWidgets(
                graph("API requests and 5xx %", List.of(httpApi.metricCount(sum())), List.of(serverErrorRate)),
                graph("p99 latency by function (ms)", latencies, List.of()));
        dashboard.addWidgets(
                graph("Messages in dead-letter queues", deadLetterDepths, List.of()),
                graph("Aurora capacity (ACU)", List.of(capacity), List.of()));
        dashboard.addWidgets(AlarmStatusWidget.Builder.create().title("Alarms").alarms(all).width(24).build());
    }

    /** Where every alarm goes: subscribe the on-call address or chat integration to it. */
    public Topic alarms() { return alarms; }

    private void alarm(String id, String name, String description, IMetric metric, double threshold, int periods, int breaching) {
        alarm(this, id, name, description, metric, threshold, periods, breaching);
    }

    private void alarm(Construct scope, String id, String name, String description, IMetric metric, double threshold, int periods, int breaching) {
        var alarm = Alarm.Builder.create(scope, id)
                .alarmName(name)
                .alarmDescription(description)
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(periods)
                .datapointsToAlarm(breaching)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        alarm.addAlarmAction(new SnsAction(alarms));
        alarm.addOkAction(new SnsAction(alarms));
        all.add(alarm);
    }

    private static MetricOptions sum() {
        return MetricOptions.builder().statistic("Sum").period(PERIOD).build();
    }

    private static GraphWidget graph(String title, List<IMetric> left, List<IMetric> right) {
        return GraphWidget.Builder.create().title(title).left(left).right(right).width(12).build();
    }
}

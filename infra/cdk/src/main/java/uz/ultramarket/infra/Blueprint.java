package uz.ultramarket.infra;

import java.util.List;
import uz.ultramarket.registry.FunctionSpec;
import uz.ultramarket.registry.Queue;
import uz.ultramarket.registry.Registry;
import uz.ultramarket.registry.Table;
import uz.ultramarket.registry.Topic;

/** What the stack builds: functions and the tables, topics and queues they use. The app's comes from the {@link Registry}. */
public record Blueprint(List<FunctionSpec> functions, List<Table> tables, List<Topic> topics, List<Queue> queues) {

    public Blueprint {
        functions = List.copyOf(functions);
        tables = List.copyOf(tables);
        topics = List.copyOf(topics);
        queues = List.copyOf(queues);
    }

    public static Blueprint fromRegistry() {
        return new Blueprint(Registry.functions(), Registry.tables(), Registry.topics(), Registry.queues());
    }
}

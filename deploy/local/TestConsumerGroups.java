import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Moves the service tests' own consumer groups (args: bootstrap, then group=topic pairs) to the end of their topics,
 * so a test run's consumers read only what is published while it runs, not the backlog of earlier runs, and never
 * share a group with the running services (run by deploy/local/laborlink test).
 */
public class TestConsumerGroups {
    public static void main(String[] args) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]))) {
            for (int i = 1; i < args.length; i++) {
                String group = args[i].substring(0, args[i].indexOf('='));
                String topic = args[i].substring(args[i].indexOf('=') + 1);
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (int p = 0; p < partitions; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
                Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
                admin.listOffsets(latest).all().get().forEach((tp, info) -> ends.put(tp, new OffsetAndMetadata(info.offset())));
                admin.alterConsumerGroupOffsets(group, ends).all().get();
            }
            System.out.println("test consumer groups at the end of their topics: " + (args.length - 1));
        }
    }
}

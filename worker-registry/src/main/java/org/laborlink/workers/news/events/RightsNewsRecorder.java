package org.laborlink.workers.news.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.reactive.mutiny.Mutiny;
import org.laborlink.events.rights.EmployerFlagChanged;
import org.laborlink.events.rights.EmployerFlagChanged.HomeRegionWorkers;
import org.laborlink.platform.reference.RegionCode;
import org.laborlink.workers.news.WorkerNews;
import org.laborlink.workers.partnerwebhook.PartnerWebhooks;
import org.laborlink.workers.partnerwebhook.domain.WebhookEventType;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.smallrye.mutiny.Uni;

/**
 * The early warning (rights.v1): an employer flagged or cleared is told to the partner provinces its current workers
 * come from, each with its own province's count only ({@code employer.flagged}, {@code employer.flag-cleared}).
 */
@ApplicationScoped
public class RightsNewsRecorder {

    private final WorkerNews news;
    private final PartnerWebhooks webhooks;

    public RightsNewsRecorder(WorkerNews news, PartnerWebhooks webhooks) {
        this.news = news;
        this.webhooks = webhooks;
    }

    @Incoming("news-rights")
    public Uni<Void> onRights(ConsumerRecord<String, String> record) {
        return news.take(record, "worker-registry.news-rights", (session, event) -> event instanceof EmployerFlagChanged f
                ? toPartners(session, f) : Uni.createFrom().voidItem());
    }

    private Uni<Void> toPartners(Mutiny.Session session, EmployerFlagChanged f) {
        WebhookEventType type = f.raised() ? WebhookEventType.EMPLOYER_FLAGGED : WebhookEventType.EMPLOYER_FLAG_CLEARED;
        Map<String, List<HomeRegionWorkers>> byProvince = new LinkedHashMap<>();
        for (HomeRegionWorkers home : f.homeRegions()) {
            if (RegionCode.isWellFormed(home.region())) {
                byProvince.computeIfAbsent(new RegionCode(home.region()).province(), k -> new ArrayList<>()).add(home);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (List<HomeRegionWorkers> homes : byProvince.values()) {
            ObjectNode data = news.data(f);
            var own = data.putArray("homeRegions");
            homes.forEach(h -> own.addObject().put("region", h.region()).put("workers", h.workers()));
            data.put("workersFromProvince", homes.stream().mapToInt(HomeRegionWorkers::workers).sum());
            chain = chain.chain(() -> webhooks.enqueue(session, homes.get(0).region(), type, data, f.changedAt()));
        }
        return chain;
    }
}

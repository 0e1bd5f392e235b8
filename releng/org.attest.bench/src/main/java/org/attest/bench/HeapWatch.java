package org.attest.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The most heap this Java had in use right after a collection, what it kept alive (with G1 also old garbage not yet
 * collected), watched through the collectors' notifications: unlike the sum of the heap pools' peaks, which peak at
 * different times, it is never more than the heap.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private final AtomicLong most = new AtomicLong();

    private final List<NotificationEmitter> watched = new ArrayList<>();

    private HeapWatch() {
    }

    /** Starts watching every collector of this Java. */
    static HeapWatch start() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(watch, null, null);
                watch.watched.add(emitter);
            }
        }
        return watch;
    }

    /** Stops watching, so that a Java running the bench more than once (its tests) does not gather listeners. */
    @Override
    public void close() {
        for (NotificationEmitter emitter : watched) {
            try {
                emitter.removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException e) {
                // removed already
            }
        }
        watched.clear();
    }

    /** Forgets what was seen so far. */
    void reset() {
        most.set(0);
    }

    /** Returns the most heap in use right after a collection since the last {@link #reset}, in bytes. */
    long mostAfterCollection() {
        return most.get();
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
        long used = after.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
        most.accumulateAndGet(used, Math::max);
    }
}

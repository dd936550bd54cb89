package dev.valuenetwork.common.graphql.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * A request's data loaders, dispatched side by side when a level of the request has batches for
 * more than one relation: a company's memberships, investments and executives are three
 * statements that need not wait for each other. The first batch runs on the calling thread, the
 * others on batch threads; a level with one batch never changes thread. graphql-java completes
 * the fields on whichever thread a batch finishes, which it is built for.
 */
final class LevelDispatch extends DataLoaderRegistry {

    private final Executor batches;

    LevelDispatch(Executor batches) {
        this.batches = batches;
    }

    @Override
    public void dispatchAll() {
        List<DataLoader<?, ?>> pending = new ArrayList<>();
        for (DataLoader<?, ?> loader : getDataLoaders()) {
            if (loader.dispatchDepth() > 0) {
                pending.add(loader);
            }
        }
        for (int i = 1; i < pending.size(); i++) {
            DataLoader<?, ?> loader = pending.get(i);
            batches.execute(loader::dispatch);
        }
        if (!pending.isEmpty()) {
            pending.get(0).dispatch();
        }
    }
}

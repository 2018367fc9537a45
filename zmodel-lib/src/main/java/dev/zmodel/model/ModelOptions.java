package dev.zmodel.model;

import dev.zmodel.Listener;
import dev.zmodel.Provider;

/**
 * Options of {@link RelationalModel}.
 *
 * @param provider the database to describe; null to take the schema's {@code datasource.provider}
 * @param listener receives the warnings (also returned in {@link ModelResult#warnings()})
 */
public record ModelOptions(Provider provider, Listener listener) {
    public static final ModelOptions DEFAULTS = new ModelOptions(null, Listener.NONE);

    public ModelOptions {
        if (listener == null) {
            listener = Listener.NONE;
        }
    }

    public static ModelOptions forProvider(Provider provider) {
        return new ModelOptions(provider, Listener.NONE);
    }

    public ModelOptions withListener(Listener value) {
        return new ModelOptions(provider, value);
    }
}

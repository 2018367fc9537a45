package dev.zmodel.pull.naming;

import dev.zmodel.pull.GenerateOptions;

/** The one place that picks the {@link NamingPreset} of the options. */
public final class NamingPresets {
    private NamingPresets() {}

    public static NamingPreset of(GenerateOptions options) {
        return switch (options.naming()) {
            case ZENSTACK -> new ZenStackNaming(options.modelCasing(), options.fieldCasing(), options.alwaysMap());
            case PRISMA -> new PrismaNaming();
        };
    }
}

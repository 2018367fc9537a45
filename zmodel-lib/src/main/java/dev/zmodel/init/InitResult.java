package dev.zmodel.init;

import java.nio.file.Path;

/**
 * What {@link ProjectInit} did.
 *
 * @param schema    the file it created
 * @param content   the text it wrote (canonically formatted, valid)
 * @param nextSteps the next steps as printed, with the exact commands
 */
public record InitResult(Path schema, String content, String nextSteps) {}

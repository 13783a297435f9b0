package org.outreachtracker.counterpart;

import java.nio.file.Files;
import java.nio.file.Path;
import org.outreachtracker.base.RuleViolationException;

/**
 * Reads a counterparts file in a JVM of its own (started by {@link SmallHeapImportTest} with a
 * small heap) and prints what became of it: "ROWS n", "REFUSED message" or "OUT OF MEMORY".
 */
public final class ReadWithSmallHeap {

    private ReadWithSmallHeap() {}

    public static void main(String[] args) throws Exception {
        byte[] content = Files.readAllBytes(Path.of(args[0]));
        try {
            System.out.println(
                    "ROWS " + CounterpartFileReader.read(args[1], content).size());
        } catch (RuleViolationException refused) {
            System.out.println("REFUSED " + refused.getMessage());
        } catch (OutOfMemoryError exhausted) {
            System.out.println("OUT OF MEMORY");
        }
    }
}

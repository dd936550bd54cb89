import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic dataset document for import benchmarks: one made-up source, companies
 * bench-co-NNNNN, and investments between them, each cited. Deterministic: the same arguments
 * give the same file. Run with the JDK alone:
 *   java src/bench/ImportFile.java FILE [investments=100000] [companies=10000]
 */
public class ImportFile {

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int investments = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int companies = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        String[] currencies = {"USD", "KRW", "EUR", "JPY"};
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# Synthetic benchmark data: made-up companies and investments, not facts.\n");
            out.write("sources:\n  - key: bench-synthetic\n    title: Synthetic benchmark data\n"
                    + "    publisher: value-network benchmarks\n    note: Made-up rows for measuring imports; not a real source.\n");
            out.write("companies:\n");
            for (int c = 0; c < companies; c++) {
                out.write("  - slug: " + company(c) + "\n    name: Bench Company " + c + "\n    nameKo: 벤치 회사 " + c
                        + "\n    kind: " + (c % 7 == 0 ? "BIG_TECH" : "AI_STARTUP") + "\n    country: " + (c % 3 == 0 ? "KR" : "US") + "\n");
            }
            out.write("investments:\n");
            for (int i = 0; i < investments; i++) {
                int investor = (int) ((i * 7919L) % companies);
                int investee = (investor + 1 + i % (companies - 1)) % companies;
                out.write("  - key: bench-inv-" + String.format("%06d", i) + "\n    investor: " + company(investor)
                        + "\n    investee: " + company(investee)
                        + "\n    amount: " + (1000 + (i * 37L) % 5_000_000) + "." + (i % 100)
                        + "\n    currency: " + currencies[i % currencies.length]
                        + "\n    announcedOn: \"" + (2015 + i % 10) + "-" + String.format("%02d", 1 + i % 12) + "\""
                        + "\n    purpose: Synthetic round " + (i % 5)
                        + "\n    citations:\n      - source: bench-synthetic\n        excerpt: row " + i + "\n");
            }
        }
        System.out.printf("Wrote %s: %d companies, %d investments, %.1f MB%n", file, companies, investments,
                Files.size(file) / 1e6);
    }

    private static String company(int index) {
        return String.format("bench-co-%05d", index);
    }
}

package readiness.engine;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.core.rule.JavaDialectRuntimeData;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The bytes of one cached rule set: a header (magic, the key it was written for, the SHA-256 and length of the
 * payload), then the payload: each rule's place in its file, the classes the vocabulary produces with the credential
 * kinds that hold them (what the validator's probe session found), and the compiled packages as Drools serializes them.
 * Reading checks the header before a byte reaches the deserializer, and the deserializer accepts only the JDK
 * collections and Drools classes a compiled package is made of.
 */
final class RuleCacheFile {
    private static final byte[] MAGIC = "READINESS-RULES\n".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = MAGIC.length + 32 + 32 + Long.BYTES;
    private static final Set<String> JDK_PACKAGES = Set.of("java.lang", "java.math", "java.util", "java.util.concurrent",
            "java.util.concurrent.atomic", "java.util.concurrent.locks");
    private static final List<String> DROOLS_PACKAGES = List.of("org.drools.", "org.kie.api.");
    static final int MAX_BYTES = 64 << 20;

    /** What a cache file holds, ready to use. */
    record Compiled(KieBase kieBase, Map<String, RulePlace> places, Map<String, Set<String>> vocabulary) {
    }

    /** The file is not a cache entry for this key: damaged, truncated, written for something else, or not ours to read. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    private RuleCacheFile() {
    }

    /** The packages as Drools serializes them, or empty if something in them is outside what {@link #read} would accept. */
    static Optional<byte[]> packages(KieBase kieBase) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        Checked out = new Checked(bytes);
        out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        out.close();
        return out.refused ? Optional.empty() : Optional.of(bytes.toByteArray());
    }

    /** A whole entry: header, places, vocabulary, and packages from {@link #packages}. */
    static byte[] write(byte[] key, Map<String, RulePlace> places, Map<String, Set<String>> vocabulary, byte[] packages) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream(packages.length + 16_384);
        DataOutputStream data = new DataOutputStream(payload);
        data.writeInt(places.size());
        for (RulePlace place : places.values()) {
            data.writeUTF(place.rule());
            data.writeUTF(place.file().fileName());
            data.writeInt(place.line());
            data.writeInt(place.column());
            data.writeInt(place.endLine());
        }
        data.writeInt(vocabulary.size());
        for (Map.Entry<String, Set<String>> produced : vocabulary.entrySet()) {
            data.writeUTF(produced.getKey());
            data.writeInt(produced.getValue().size());
            for (String kind : produced.getValue()) {
                data.writeUTF(kind);
            }
        }
        data.write(packages);
        data.flush();
        byte[] body = payload.toByteArray();
        ByteBuffer file = ByteBuffer.allocate(HEADER + body.length);
        file.put(MAGIC).put(key).put(CacheKey.sha256().digest(body)).putLong(body.length).put(body);
        return file.array();
    }

    /** The rule set in bytes written by {@link #write} for this key and these files. */
    static Compiled read(byte[] bytes, byte[] key, List<RuleFile> files) throws Unusable {
        if (bytes.length < HEADER || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new Unusable("not a rule cache file");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, MAGIC.length, HEADER - MAGIC.length);
        byte[] writtenFor = new byte[32];
        byte[] sum = new byte[32];
        header.get(writtenFor).get(sum);
        long length = header.getLong();
        if (!MessageDigest.isEqual(writtenFor, key)) {
            throw new Unusable("written for other rules or another build");
        }
        if (length != bytes.length - HEADER) {
            throw new Unusable(String.format(java.util.Locale.ROOT, "truncated or extended: %,d bytes where %,d were written",
                    bytes.length - HEADER, length));
        }
        MessageDigest digest = CacheKey.sha256();
        digest.update(bytes, HEADER, bytes.length - HEADER);
        if (!MessageDigest.isEqual(digest.digest(), sum)) {
            throw new Unusable("its checksum does not match its contents");
        }
        try {
            ByteArrayInputStream payload = new ByteArrayInputStream(bytes, HEADER, bytes.length - HEADER);
            DataInputStream data = new DataInputStream(payload);
            Map<String, RulePlace> places = places(data, files);
            Map<String, Set<String>> vocabulary = vocabulary(data);
            ClassLoader loader = RuleCacheFile.class.getClassLoader();
            Collection<KiePackage> packages;
            try (DroolsObjectInputStream in = new DroolsObjectInputStream(payload, loader)) {
                in.setObjectInputFilter(RuleCacheFile::filter);
                packages = ((Collection<?>) in.readObject()).stream().map(KiePackage.class::cast).toList();
            }
            // The classes were checked before this build cached them; checked again here, before any is defined, as defense in depth.
            if (!BytecodeCheck.check(packages, places).isEmpty()) {
                throw new Unusable("its compiled rule code reaches outside what rules may use");
            }
            InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
            kieBase.addPackages(packages);
            defineEveryClass(kieBase);
            return new Compiled(kieBase, places, vocabulary);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError | StackOverflowError e) {
            throw new Unusable("it could not be read back (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Defines each compiled class now: Drools would define most of them only when their rule first runs, and a class the
     * JVM refuses (bytes damaged before the checksum was taken) would then fail in the middle of an assessment.
     */
    private static void defineEveryClass(KieBase kieBase) throws ClassNotFoundException {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            if (((InternalKnowledgePackage) kiePackage).getDialectRuntimeRegistry().getDialectData("java") instanceof JavaDialectRuntimeData classes) {
                for (String resource : new TreeSet<>(classes.getStore().keySet())) {
                    String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
                    Class.forName(name, false, classes.getClassLoader());
                }
            }
        }
    }

    private static Map<String, RulePlace> places(DataInputStream in, List<RuleFile> files) throws IOException {
        Map<String, RuleFile> byName = files.stream().collect(Collectors.toMap(RuleFile::fileName, Function.identity()));
        int count = count(in);
        Map<String, RulePlace> places = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String rule = in.readUTF();
            RuleFile file = byName.get(in.readUTF());
            if (file == null) {
                throw new IOException("a rule in a file that is not in the set");
            }
            places.put(rule, new RulePlace(file, rule, in.readInt(), in.readInt(), in.readInt()));
        }
        return Map.copyOf(places);
    }

    /** Sorted, as the validator's probe session makes it: the order of a requirement's credential kinds depends on it. */
    private static Map<String, Set<String>> vocabulary(DataInputStream in) throws IOException {
        int count = count(in);
        Map<String, Set<String>> vocabulary = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            String produced = in.readUTF();
            int kinds = count(in);
            Set<String> holders = new TreeSet<>();
            for (int k = 0; k < kinds; k++) {
                holders.add(in.readUTF());
            }
            vocabulary.put(produced, holders);
        }
        return vocabulary;
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 100_000) {
            throw new IOException("bad count");
        }
        return count;
    }

    private static ObjectInputFilter.Status filter(ObjectInputFilter.FilterInfo info) {
        Class<?> type = info.serialClass();
        if (type == null) {
            return ObjectInputFilter.Status.UNDECIDED;
        }
        return allowed(type) ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED;
    }

    /** A JDK collection, number, string or lock, or a Drools class: what compiled packages are made of. */
    private static boolean allowed(Class<?> type) {
        while (type.isArray()) {
            type = type.getComponentType();
        }
        if (type.isPrimitive()) {
            return true;
        }
        String name = type.getName();
        return JDK_PACKAGES.contains(type.getPackageName()) || DROOLS_PACKAGES.stream().anyMatch(name::startsWith);
    }

    /** Drools' output stream, noting any object it writes whose class {@link #read} would refuse, so none is cached. */
    private static final class Checked extends DroolsObjectOutputStream {
        private boolean refused;

        Checked(OutputStream out) throws IOException {
            super(out);
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            for (Class<?> type = obj.getClass(); type != null; type = type.getSuperclass()) {
                if (java.io.Serializable.class.isAssignableFrom(type) && !allowed(type)) {
                    refused = true;
                }
            }
            return obj;
        }
    }
}

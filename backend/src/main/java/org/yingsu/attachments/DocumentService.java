package org.yingsu.attachments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.yingsu.attachments.DocumentDtos.DocumentResponse;
import org.yingsu.common.files.FileEnds;
import org.yingsu.common.problem.ProblemException;

/** Stores documents after checking that their bytes are what they claim to be. */
@ApplicationScoped
@Transactional
public class DocumentService {

    /** A downloaded document: what it is and its bytes. */
    public record Download(DocumentResponse document, byte[] bytes) {
    }

    @Inject
    DocumentRepository documents;

    @Inject
    DocumentConfig config;

    /** The features whose records documents are attached to, one per owner type. */
    @Inject
    Instance<AttachmentOwner> owners;

    public DocumentResponse upload(DocumentOwner ownerType, long ownerId, DocumentKind kind, String fileName,
            String declaredType, byte[] bytes) {
        if (owner(ownerType).agencies(ownerId).isEmpty() || !visible(ownerType, ownerId)) {
            throw ProblemException.ruleBroken("ownerId", "no " + ownerType + " record has the id " + ownerId);
        }
        requireOpen(ownerType, ownerId);
        if (bytes.length == 0) {
            throw ProblemException.invalid("body", "the file is empty");
        }
        if (bytes.length > config.maxSize()) {
            throw ProblemException.of(413, "payload-too-large", "Payload too large",
                    "A document may have at most " + config.maxSize() + " bytes; this one has " + bytes.length);
        }
        String declared = declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase();
        String actual = ContentTypes.sniff(bytes).orElseThrow(() -> ProblemException.of(415,
                "unsupported-media-type", "Unsupported document type",
                "Only PDF, PNG, JPEG and Word (.docx) documents are accepted"));
        if (!actual.equals(declared)) {
            throw ProblemException.of(415, "content-type-mismatch", "Content type does not match the file",
                    "The request says " + (declared.isEmpty() ? "nothing" : declared) + " but the file is " + actual);
        }
        if (actual.equals(ContentTypes.PDF) ? !FileEnds.pdfComplete(bytes)
                : actual.equals(ContentTypes.DOCX) && !FileEnds.zipComplete(bytes)) {
            throw ProblemException.invalid("body", "the file is cut short (its end is missing); send the whole "
                    + "file; nothing was stored");
        }
        Document document = new Document();
        document.ownerType = ownerType;
        document.ownerId = ownerId;
        document.kind = kind;
        document.fileName = fileName.strip();
        document.contentType = actual;
        document.sizeBytes = bytes.length;
        document.sha256 = sha256(bytes);
        if (config.directory().isPresent()) {
            store(document.sha256, bytes);
        } else {
            document.content = bytes;
        }
        documents.persist(document);
        documents.flush();
        return DocumentResponse.of(document);
    }

    public List<DocumentResponse> list(DocumentOwner ownerType, long ownerId) {
        if (!visible(ownerType, ownerId)) {
            throw ProblemException.notFound(ownerType.name().toLowerCase(), ownerId);
        }
        return documents.of(ownerType, ownerId).stream().map(DocumentResponse::of).toList();
    }

    /** Whether a document of this kind is attached to the record; the caller has checked that it sees the record. */
    public boolean hasAttached(DocumentOwner ownerType, long ownerId, DocumentKind kind) {
        return documents.count("ownerType = ?1 and ownerId = ?2 and kind = ?3", ownerType, ownerId, kind) > 0;
    }

    /** Which of these records have a document of one of these kinds attached; the caller sees the records. */
    public Set<Long> ownersWithAttached(DocumentOwner ownerType, Collection<Long> ownerIds,
            Collection<DocumentKind> kinds) {
        return documents.ownersWith(ownerType, ownerIds, kinds);
    }

    public DocumentResponse metadata(long id) {
        return DocumentResponse.of(require(id));
    }

    public Download download(long id) {
        Document document = require(id);
        byte[] bytes = document.content != null ? document.content : load(document.sha256);
        return new Download(DocumentResponse.of(document), bytes);
    }

    public void delete(long id) {
        Document document = require(id);
        requireOpen(document.ownerType, document.ownerId);
        documents.delete(document);
        documents.flush();
    }

    /** A record may stop taking changes to its documents (a filed lost-case report keeps those it was filed with). */
    private void requireOpen(DocumentOwner ownerType, long ownerId) {
        owner(ownerType).frozen(ownerId).ifPresent(reason -> {
            throw ProblemException.conflict(reason);
        });
    }

    public Document require(long id) {
        return documents.findByIdOptional(id).filter(d -> visible(d.ownerType, d.ownerId))
                .orElseThrow(() -> ProblemException.notFound("Document", id));
    }

    /** R9: a document is seen by whoever sees the record it is attached to. */
    private boolean visible(DocumentOwner ownerType, long ownerId) {
        return owner(ownerType).sees(ownerId);
    }

    private AttachmentOwner owner(DocumentOwner type) {
        return owners.stream().filter(owner -> owner.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("No feature owns documents of " + type));
    }

    private Path pathOf(String sha256) {
        return Path.of(config.directory().orElseThrow(), sha256.substring(0, 2), sha256);
    }

    /** Files are named by their digest, so storing the same bytes twice keeps one copy. */
    private void store(String sha256, byte[] bytes) {
        Path target = pathOf(sha256);
        try {
            Files.createDirectories(target.getParent());
            if (!Files.exists(target)) {
                Path temporary = Files.createTempFile(target.getParent(), sha256, ".part");
                Files.write(temporary, bytes);
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store document " + sha256, e);
        }
    }

    private byte[] load(String sha256) {
        try {
            return Files.readAllBytes(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read document " + sha256, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

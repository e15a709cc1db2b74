#include "enginehttpclient.h"

#include "support/logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <curl/curl.h>

#include <mutex>

namespace BuildDeck::Runtime {

namespace {

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

// Where the response body goes: collected, or streamed to HttpStreaming::onData when the status
// says success.
struct BodyTarget
{
    CURL *curl = nullptr;
    QByteArray *collected = nullptr;
    const HttpStreaming *streaming = nullptr;
    bool aborted = false;
};

size_t receiveBody(char *data, size_t size, size_t count, void *userData)
{
    auto *target = static_cast<BodyTarget *>(userData);
    const size_t bytes = size * count;
    long status = 0;
    curl_easy_getinfo(target->curl, CURLINFO_RESPONSE_CODE, &status);
    if (target->streaming->onData && status >= 200 && status < 300) {
        if (!target->streaming->onData(data, qint64(bytes))) {
            target->aborted = true;
            return 0;
        }
        return bytes;
    }
    target->collected->append(data, qsizetype(bytes));
    return bytes;
}

size_t sendBody(char *buffer, size_t size, size_t count, void *userData)
{
    const auto *streaming = static_cast<const HttpStreaming *>(userData);
    const qint64 written = streaming->readBody(buffer, qint64(size * count));
    return written < 0 ? CURL_READFUNC_ABORT : size_t(written);
}

int checkCancel(void *userData, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto *cancel = static_cast<const std::atomic_bool *>(userData);
    return cancel && cancel->load() ? 1 : 0;
}

size_t collectHeader(char *data, size_t size, size_t count, void *userData)
{
    const QByteArray line = QByteArray(data, qsizetype(size * count)).trimmed();
    const qsizetype colon = line.indexOf(':');
    auto *headers = static_cast<QMap<QByteArray, QByteArray> *>(userData);
    if (line.startsWith("HTTP/"))
        headers->clear(); // a new response (after a redirect or 100-continue) starts afresh
    else if (colon > 0)
        headers->insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    return size * count;
}

// The socket or address, and the TLS files, of `endpoint` (libcurl copies the strings).
void applyEndpoint(CURL *curl, const EngineEndpoint &endpoint)
{
    if (endpoint.transport == EngineEndpoint::Transport::Unix) {
        curl_easy_setopt(curl, CURLOPT_UNIX_SOCKET_PATH, endpoint.socketPath.toLocal8Bit().constData());
    } else if (endpoint.tls) {
        const QString caFile = endpoint.certPath + QStringLiteral("/ca.pem");
        const QString certFile = endpoint.certPath + QStringLiteral("/cert.pem");
        const QString keyFile = endpoint.certPath + QStringLiteral("/key.pem");
        if (QFileInfo::exists(caFile))
            curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.toLocal8Bit().constData());
        if (QFileInfo::exists(certFile) && QFileInfo::exists(keyFile)) {
            curl_easy_setopt(curl, CURLOPT_SSLCERT, certFile.toLocal8Bit().constData());
            curl_easy_setopt(curl, CURLOPT_SSLKEY, keyFile.toLocal8Bit().constData());
        }
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, endpoint.tlsVerify ? 1L : 0L);
        curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, endpoint.tlsVerify ? 2L : 0L);
        curl_easy_setopt(curl, CURLOPT_SSLVERSION, long(CURL_SSLVERSION_TLSv1_2));
    }
}

} // namespace

EngineHttpClient::EngineHttpClient(EngineEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
    initCurlOnce();
    m_curl = curl_easy_init();
}

EngineHttpClient::~EngineHttpClient()
{
    if (m_curl)
        curl_easy_cleanup(static_cast<CURL *>(m_curl));
}

Result<HttpResponse> EngineHttpClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                               const QByteArray &contentType, std::chrono::milliseconds timeout,
                                               const HttpStreaming &streaming)
{
    auto *curl = static_cast<CURL *>(m_curl);
    if (!curl)
        return makeError(ErrorCode::Internal, tr("libcurl could not create a connection handle."));

    if (m_endpoint.transport == EngineEndpoint::Transport::Unix && !QFileInfo::exists(m_endpoint.socketPath)) {
        return makeError(ErrorCode::Unavailable,
                         tr("%1: no socket at %2").arg(m_endpoint.url(), m_endpoint.socketPath));
    }

    curl_easy_reset(curl);
    HttpResponse response;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = (m_endpoint.baseUrl() + path).toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    const qint64 connectTimeout = timeout.count() > 0 ? std::min<qint64>(timeout.count(), 2000) : 2000;
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(connectTimeout));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(timeout.count()));
    BodyTarget target{curl, &response.body, &streaming, false};
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, receiveBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &target);
    if (streaming.cancel) {
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, checkCancel);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, streaming.cancel);
    }
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, collectHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &response.headers);

    applyEndpoint(curl, m_endpoint);

    curl_slist *headers = curl_slist_append(nullptr, "Expect:");
    if (!contentType.isEmpty())
        headers = curl_slist_append(headers, QByteArray("Content-Type: " + contentType).constData());
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers);

    if (streaming.readBody) {
        curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl, CURLOPT_READFUNCTION, sendBody);
        curl_easy_setopt(curl, CURLOPT_READDATA, &streaming);
        curl_easy_setopt(curl, CURLOPT_UPLOAD_BUFFERSIZE, 1L << 20);
        if (streaming.bodySize >= 0)
            curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(streaming.bodySize));
        if (method != "PUT")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
    } else if (method == "HEAD") {
        curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
    } else if (method == "GET") {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    } else {
        // POST, PUT, DELETE: always a sized body, never chunked (Docker rejects an unknown length on
        // /start), and an empty one for body-less calls.
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        if (method != "POST")
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.constData());
    }

    qCDebug(lcRuntime) << method << url;
    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(headers);

    if (code == CURLE_ABORTED_BY_CALLBACK || (code == CURLE_WRITE_ERROR && target.aborted))
        return makeError(ErrorCode::Cancelled, tr("%1: the transfer was stopped").arg(m_endpoint.url()));
    if (code != CURLE_OK) {
        const QString detail =
            errorBuffer[0] ? QString::fromLocal8Bit(errorBuffer) : QString::fromLatin1(curl_easy_strerror(code));
        if (code == CURLE_OPERATION_TIMEDOUT) {
            return makeError(
                ErrorCode::Timeout,
                tr("%1: no answer within %2 ms (%3)").arg(m_endpoint.url()).arg(timeout.count()).arg(detail));
        }
        return makeError(ErrorCode::Unavailable, QStringLiteral("%1: %2").arg(m_endpoint.url(), detail));
    }
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

Result<std::unique_ptr<UpgradedConnection>> EngineHttpClient::upgrade(const QString &path)
{
    initCurlOnce();
    CURL *curl = curl_easy_init();
    if (!curl)
        return makeError(ErrorCode::Internal, tr("libcurl could not create a connection handle."));
    // The connection belongs to the UpgradedConnection from here on, or is closed on failure.
    auto connection = std::make_unique<UpgradedConnection>(curl, m_endpoint.url());
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QUrl base(m_endpoint.baseUrl());
    curl_easy_setopt(curl, CURLOPT_URL, base.toEncoded().constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, 2000L);
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    applyEndpoint(curl, m_endpoint);
    const CURLcode code = curl_easy_perform(curl);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);
    if (code != CURLE_OK) {
        const QString detail =
            errorBuffer[0] ? QString::fromLocal8Bit(errorBuffer) : QString::fromLatin1(curl_easy_strerror(code));
        return makeError(ErrorCode::Unavailable, QStringLiteral("%1: %2").arg(m_endpoint.url(), detail));
    }

    // The request by hand, as libcurl does not follow an upgrade: POST with an empty body.
    qCDebug(lcRuntime) << "POST (upgrade)" << path;
    const QByteArray request = "POST " + path.toUtf8() + " HTTP/1.1\r\nHost: " + base.authority().toUtf8() +
                               "\r\nContent-Type: application/json\r\nContent-Length: 0\r\n"
                               "Connection: Upgrade\r\nUpgrade: tcp\r\n\r\n";
    QByteArray refusal;
    const Result<int> status = connection->handshake(request, &refusal);
    if (!status)
        return status.error();
    if (*status != 101 && *status != 200) {
        return makeError(*status == 404 ? ErrorCode::NotFound : ErrorCode::Remote,
                         tr("%1 refused %2 with HTTP %3: %4")
                             .arg(m_endpoint.url(), path)
                             .arg(*status)
                             .arg(QString::fromUtf8(refusal).trimmed()));
    }
    return connection;
}

} // namespace BuildDeck::Runtime

#include "qtkeychainbackend.h"

#include "core/security/wipe.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

namespace ait::keychain {

namespace {

StoreError mapError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError: return StoreError::None;
    case QKeychain::EntryNotFound: return StoreError::NotFound;
    case QKeychain::AccessDeniedByUser: return StoreError::Cancelled;
    case QKeychain::AccessDenied: return StoreError::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented: return StoreError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError: return StoreError::Other;
    }
    return StoreError::Other;
}

bool worthRetrying(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

template <typename JobType, typename Setup, typename Finish>
void runJob(const QString &service, const QtKeychainBackend::JobStarter &start, Setup setup, Finish finish, int attempt = 1)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    setup(job);
    QObject::connect(job, &QKeychain::Job::finished, [service, start, setup, finish, attempt](QKeychain::Job *j) {
        if (attempt == 1 && worthRetrying(j->error())) {
            QTimer::singleShot(QtKeychainBackend::RetryDelayMs, [service, start, setup, finish] {
                runJob<JobType>(service, start, setup, finish, 2);
            });
            return;
        }
        finish(static_cast<JobType *>(j));
    });
    start(job, attempt);
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QString service, JobStarter start)
    : m_service(std::move(service))
    , m_start(start ? std::move(start) : [](QKeychain::Job *job, int) { job->start(); })
{
}

void QtKeychainBackend::writeEntry(const QString &name, const QByteArray &value, Done done)
{
    runJob<QKeychain::WritePasswordJob>(
        m_service, m_start,
        [name, value](QKeychain::WritePasswordJob *job) {
            job->setKey(name);
            job->setBinaryData(value);
        },
        [done](QKeychain::WritePasswordJob *job) { done({mapError(job->error()), job->errorString()}); });
}

void QtKeychainBackend::readEntry(const QString &name, Read done)
{
    runJob<QKeychain::ReadPasswordJob>(
        m_service, m_start, [name](QKeychain::ReadPasswordJob *job) { job->setKey(name); },
        [done](QKeychain::ReadPasswordJob *job) {
            const EntryResult result{mapError(job->error()), job->errorString()};
            // Entries hold pieces of private keys. The job is deleted next and would free its
            // buffer unwiped: take our own copy and wipe the job's in place. Ours is wiped after
            // `done` unless the receiver kept a reference (its last holder wipes it then).
            QByteArray value;
            if (result.ok()) {
                QByteArray jobData = job->binaryData();
                value = QByteArray(jobData.constData(), jobData.size());
                security::wipeInPlace(jobData);
            }
            done(result, value);
            security::wipe(value);
        });
}

void QtKeychainBackend::deleteEntry(const QString &name, Done done)
{
    runJob<QKeychain::DeletePasswordJob>(
        m_service, m_start, [name](QKeychain::DeletePasswordJob *job) { job->setKey(name); },
        [done](QKeychain::DeletePasswordJob *job) {
            // Deleting what is not there is success: "forget" must be idempotent.
            const StoreError error = mapError(job->error());
            done({error == StoreError::NotFound ? StoreError::None : error, job->errorString()});
        });
}

} // namespace ait::keychain

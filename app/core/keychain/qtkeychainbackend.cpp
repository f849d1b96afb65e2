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

// A Secret Service that is still starting (D-Bus activation) answers with "no backend" or a
// generic error; one retry after a short pause covers it.
constexpr int RetryDelayMs = 700;

bool worthRetrying(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

template <typename JobType, typename Setup, typename Finish>
void runJob(const QString &service, Setup setup, Finish finish, bool retried = false)
{
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    setup(job);
    QObject::connect(job, &QKeychain::Job::finished, [service, setup, finish, retried](QKeychain::Job *j) {
        if (!retried && worthRetrying(j->error())) {
            QTimer::singleShot(RetryDelayMs, [service, setup, finish] {
                runJob<JobType>(service, setup, finish, true);
            });
            return;
        }
        finish(static_cast<JobType *>(j));
    });
    job->start();
}

} // namespace

QtKeychainBackend::QtKeychainBackend(QString service) : m_service(std::move(service)) {}

void QtKeychainBackend::writeEntry(const QString &name, const QByteArray &value, Done done)
{
    runJob<QKeychain::WritePasswordJob>(
        m_service,
        [name, value](QKeychain::WritePasswordJob *job) {
            job->setKey(name);
            job->setBinaryData(value);
        },
        [done](QKeychain::WritePasswordJob *job) { done({mapError(job->error()), job->errorString()}); });
}

void QtKeychainBackend::readEntry(const QString &name, Read done)
{
    runJob<QKeychain::ReadPasswordJob>(
        m_service, [name](QKeychain::ReadPasswordJob *job) { job->setKey(name); },
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
        m_service, [name](QKeychain::DeletePasswordJob *job) { job->setKey(name); },
        [done](QKeychain::DeletePasswordJob *job) {
            // Deleting what is not there is success: "forget" must be idempotent.
            const StoreError error = mapError(job->error());
            done({error == StoreError::NotFound ? StoreError::None : error, job->errorString()});
        });
}

} // namespace ait::keychain

#include "LargeStack.h"

#include <pthread.h>

namespace croupier::core::detail {
namespace {

void* trampoline(void* job) {
    (*static_cast<const std::function<void()>*>(job))();
    return nullptr;
}

} // namespace

bool runWithLargeStack(const std::function<void()>& job, std::size_t stackBytes) {
    pthread_attr_t attributes;
    if (pthread_attr_init(&attributes) != 0) {
        return false;
    }
    pthread_t thread;
    const bool started = pthread_attr_setstacksize(&attributes, stackBytes) == 0 &&
                         pthread_create(&thread, &attributes, trampoline,
                                        const_cast<std::function<void()>*>(&job)) == 0;
    pthread_attr_destroy(&attributes);
    if (started) {
        pthread_join(thread, nullptr);
    }
    return started;
}

} // namespace croupier::core::detail

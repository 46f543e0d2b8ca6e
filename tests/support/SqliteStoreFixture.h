#pragma once
// A test fixture holding a real SqliteStore on a file in a fresh temp dir: SetUp opens it, and
// reopen() closes and opens the same file again (to check what survives). Test thread only; the
// fixture owns the dir, the file and the store.

#include "TestEnv.h"
#include "croupier/server/SqliteStore.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

namespace croupier::testing {

class SqliteStoreFixture : public ::testing::Test {
protected:
    void SetUp() override { reopen(); }

    void reopen() {
        m_store.reset();
        auto store = server::SqliteStore::open(m_file);
        ASSERT_TRUE(store) << store.error().message;
        m_store = std::move(*store);
    }

    TempDir m_dir;
    std::filesystem::path m_file = m_dir.path() / "croupier.db";
    std::unique_ptr<server::SqliteStore> m_store;
};

} // namespace croupier::testing

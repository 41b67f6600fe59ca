#include "workspace.h"

#include "configs.h"

namespace dlt::arch {

Workspace::Workspace()
{
    for (const StandardConfig &c : standardConfigs()) {
        m_columns.push_back(Column{c.name, c.tokens, false});
        m_results.push_back(analyse(m_input, c.tokens));
    }
    realign();
}

bool Workspace::setInput(const Shape &input)
{
    if (input.h < 1 || input.w < 1 || input.c < 1 || input.h > kMaxSize || input.w > kMaxSize || input.c > kMaxSize)
        return false;
    m_input = input;
    for (int i = 0; i < columnCount(); ++i)
        m_results[size_t(i)] = analyse(m_input, m_columns[size_t(i)].tokens);
    realign(); // rows depend on the tokens only, but keep one code path
    return true;
}

bool Workspace::insertColumn(int at, Column column)
{
    if (at < 0 || at > columnCount())
        return false;
    m_results.insert(m_results.begin() + at, analyse(m_input, column.tokens));
    m_columns.insert(m_columns.begin() + at, std::move(column));
    realign();
    return true;
}

bool Workspace::removeColumn(int at)
{
    if (at < 0 || at >= columnCount())
        return false;
    m_columns.erase(m_columns.begin() + at);
    m_results.erase(m_results.begin() + at);
    realign();
    return true;
}

bool Workspace::editable(int column) const
{
    return column >= 0 && column < columnCount() && m_columns[size_t(column)].custom;
}

bool Workspace::setTokens(int column, std::vector<std::string> tokens)
{
    if (!editable(column))
        return false;
    m_columns[size_t(column)].tokens = std::move(tokens);
    update(column);
    return true;
}

bool Workspace::setName(int column, std::string name)
{
    if (!editable(column))
        return false;
    m_columns[size_t(column)].name = std::move(name);
    return true;
}

bool Workspace::insertLayer(int column, int index, std::string token)
{
    if (!editable(column))
        return false;
    auto &tokens = m_columns[size_t(column)].tokens;
    if (index < 0 || index > int(tokens.size()))
        return false;
    tokens.insert(tokens.begin() + index, std::move(token));
    update(column);
    return true;
}

bool Workspace::removeLayer(int column, int index)
{
    if (!editable(column))
        return false;
    auto &tokens = m_columns[size_t(column)].tokens;
    if (index < 0 || index >= int(tokens.size()))
        return false;
    tokens.erase(tokens.begin() + index);
    update(column);
    return true;
}

bool Workspace::setLayer(int column, int index, std::string token)
{
    if (!editable(column))
        return false;
    auto &tokens = m_columns[size_t(column)].tokens;
    if (index < 0 || index >= int(tokens.size()))
        return false;
    tokens[size_t(index)] = std::move(token);
    update(column);
    return true;
}

bool Workspace::moveLayer(int column, int from, int to)
{
    if (!editable(column))
        return false;
    auto &tokens = m_columns[size_t(column)].tokens;
    const int n = int(tokens.size());
    if (from < 0 || from >= n || to < 0 || to >= n)
        return false;
    std::string t = std::move(tokens[size_t(from)]);
    tokens.erase(tokens.begin() + from);
    tokens.insert(tokens.begin() + to, std::move(t));
    update(column);
    return true;
}

void Workspace::update(int column)
{
    m_results[size_t(column)] = analyse(m_input, m_columns[size_t(column)].tokens);
    realign();
}

void Workspace::realign()
{
    std::vector<const ColumnResult *> columns;
    for (const ColumnResult &r : m_results)
        columns.push_back(&r);
    m_alignment = alignColumns(columns);
}

} // namespace dlt::arch

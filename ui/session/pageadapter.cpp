#include "pageadapter.h"

const std::vector<PageAdapter> &pageAdapters()
{
    static const std::vector<PageAdapter> adapters { convSessionAdapter(), vggSessionAdapter(), rnnSessionAdapter(),
        quizSessionAdapter(), graphSessionAdapter() };
    return adapters;
}

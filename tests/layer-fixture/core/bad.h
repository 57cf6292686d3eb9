#include "rules/audit.h"

// A shared library that is not a jxaudit plugin: it exports no aliases.
extern "C" __attribute__((visibility("default"))) int not_a_plugin_answer() { return 42; }

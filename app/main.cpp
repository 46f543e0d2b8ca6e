// croupier-console: builds the objects and wires them together (filled in with MainWindow).
#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    return 0;
}

// Renders the application icon's SVG to the PNG sizes of the hicolor theme, at build time, so that
// the package carries PNGs made from the one source.
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fputs("usage: renderappicon SVG SIZE PNG\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    const int size = arguments.at(2).toInt();
    if (!renderer.isValid() || size <= 0) {
        std::fprintf(stderr, "renderappicon: cannot render %s at %s\n", qPrintable(arguments.at(1)),
                     qPrintable(arguments.at(2)));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.save(arguments.at(3)) ? 0 : 1;
}

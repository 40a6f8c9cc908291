// libqrencode (Debian libqrencode-dev): QR code matrices for the flyers.
#include <qrencode.h>

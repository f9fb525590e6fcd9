package org.chartdesk.check;

import java.awt.Color;
import java.util.Locale;

/**
 * Colour science for the lint: colour-vision-deficiency simulation, CIELAB, CIEDE2000 and WCAG 2
 * contrast.
 */
final class Colours {
  /** A way of seeing, with its simulation matrix on linear RGB. */
  enum Vision {
    NORMAL("normal vision", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
    // Machado, Oliveira and Fernandes (2009), "A physiologically-based model for simulation of
    // color vision deficiency", IEEE TVCG 15(6); severity 1.0 (dichromacy), on linear RGB.
    PROTANOPIA("protanopia", new double[][] {
        {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
    DEUTERANOPIA("deuteranopia", new double[][] {
        {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
    TRITANOPIA("tritanopia", new double[][] {
        {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

    final String label;
    private final double[][] matrix;

    Vision(String label, double[][] matrix) {
      this.label = label;
      this.matrix = matrix;
    }

    /** The colour as this viewer sees it, in linear RGB clamped to the gamut. */
    double[] see(Color c) {
      double[] rgb = linear(c);
      double[] out = new double[3];
      for (int r = 0; r < 3; r++) {
        double v = 0;
        for (int k = 0; k < 3; k++) {
          v += matrix[r][k] * rgb[k];
        }
        out[r] = Math.max(0, Math.min(1, v));
      }
      return out;
    }
  }

  private Colours() {}

  static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }

  /** CIEDE2000 difference of two colours as a viewer with this vision sees them. */
  static double difference(Color a, Color b, Vision v) {
    return ciede2000(lab(v.see(a)), lab(v.see(b)));
  }

  /** WCAG 2 contrast ratio, (L1 + 0.05) / (L2 + 0.05), from 1 to 21. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** WCAG 2 relative luminance. */
  static double luminance(Color c) {
    double[] l = linear(c);
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  private static double[] linear(Color c) {
    return new double[] {decode(c.getRed()), decode(c.getGreen()), decode(c.getBlue())};
  }

  /** The sRGB transfer function, inverted. */
  private static double decode(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** Linear sRGB to CIELAB, D65 white. */
  static double[] lab(double[] rgb) {
    double x = 0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2];
    double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
    double z = 0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2];
    double fx = f(x / 0.95047);
    double fy = f(y);
    double fz = f(z / 1.08883);
    return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
  }

  private static double f(double t) {
    return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
  }

  /** CIEDE2000 (Sharma, Wu and Dalal 2005), with kL = kC = kH = 1. */
  static double ciede2000(double[] lab1, double[] lab2) {
    double c1 = Math.hypot(lab1[1], lab1[2]);
    double c2 = Math.hypot(lab2[1], lab2[2]);
    double cBar7 = Math.pow((c1 + c2) / 2, 7);
    double g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + Math.pow(25, 7))));
    double a1 = (1 + g) * lab1[1];
    double a2 = (1 + g) * lab2[1];
    double c1p = Math.hypot(a1, lab1[2]);
    double c2p = Math.hypot(a2, lab2[2]);
    double h1p = hue(a1, lab1[2]);
    double h2p = hue(a2, lab2[2]);
    double dL = lab2[0] - lab1[0];
    double dC = c2p - c1p;
    double dh = 0;
    if (c1p * c2p != 0) {
      dh = h2p - h1p;
      if (dh > 180) {
        dh -= 360;
      } else if (dh < -180) {
        dh += 360;
      }
    }
    double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
    double lBar = (lab1[0] + lab2[0]) / 2;
    double cBarP = (c1p + c2p) / 2;
    double hBar = h1p + h2p;
    if (c1p * c2p != 0) {
      hBar = Math.abs(h1p - h2p) <= 180 ? hBar / 2 : hBar < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2;
    }
    double t = 1 - 0.17 * Math.cos(Math.toRadians(hBar - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hBar))
        + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
    double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
    double cBarP7 = Math.pow(cBarP, 7);
    double rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + Math.pow(25, 7)));
    double sl = 1 + 0.015 * Math.pow(lBar - 50, 2) / Math.sqrt(20 + Math.pow(lBar - 50, 2));
    double sc = 1 + 0.045 * cBarP;
    double sh = 1 + 0.015 * cBarP * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    double l = dL / sl;
    double c = dC / sc;
    double h = dH / sh;
    return Math.sqrt(l * l + c * c + h * h + rt * c * h);
  }

  private static double hue(double a, double b) {
    if (a == 0 && b == 0) {
      return 0;
    }
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }
}

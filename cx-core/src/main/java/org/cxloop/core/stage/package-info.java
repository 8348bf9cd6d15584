/** Journey stages: the ordered phases a customer goes through, such as awareness, purchase and support. */
package org.cxloop.core.stage;

import { Col, Container, Row } from 'design-react-kit';
import type { ReactNode } from 'react';

/** The centred column of the sign-in and account pages; `wide` for the long registration form. */
export function NarrowPage({ wide = false, children }: { wide?: boolean; children: ReactNode }) {
  return (
    <Container className="py-4 py-lg-5">
      <Row className="justify-content-center">
        <Col lg={wide ? 9 : 8} xl={wide ? 8 : 7}>
          {children}
        </Col>
      </Row>
    </Container>
  );
}
